//! Language: taken from the envelope when given, otherwise detected.
//!
//! In: the envelope's `lang` (any BCP 47 tag) or the page's lines. Out: a
//! lowercase ISO 639-1 code where one exists (`vi`, `en`), else ISO 639-3.
//! Detection reads only the longer lines (menus are noise to a trigram model)
//! and at most [`SAMPLE_BYTES`] of them, and answers `None` when unsure.

use whatlang::Lang;

const SAMPLE_BYTES: usize = 3000;
const MIN_CONFIDENCE: f64 = 0.25;

/// `vi-VN` -> `vi`, `EN_us` -> `en`.
pub fn from_tag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (!primary.is_empty() && primary.chars().all(|c| c.is_ascii_alphabetic())).then_some(primary)
}

/// Detects the language of raw text lines (before segmentation).
pub fn detect<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut sample = String::new();
    for l in lines.filter(|l| l.split_whitespace().count() >= 6) {
        sample.push_str(l.trim());
        sample.push('\n');
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
    }
    let info = whatlang::detect(&sample)?;
    (info.confidence() >= MIN_CONFIDENCE).then(|| code(info.lang()).to_string())
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Eng => "en",
        Lang::Vie => "vi",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Spa => "es",
        Lang::Pol => "pl",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Nld => "nl",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Ara => "ar",
        Lang::Tur => "tr",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Fin => "fi",
        Lang::Ces => "cs",
        Lang::Hun => "hu",
        Lang::Ron => "ro",
        Lang::Ind => "id",
        Lang::Tha => "th",
        Lang::Hin => "hi",
        Lang::Ell => "el",
        Lang::Heb => "he",
        Lang::Nob => "no",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_detection() {
        assert_eq!(from_tag("vi-VN").as_deref(), Some("vi"));
        assert_eq!(from_tag("EN_us").as_deref(), Some("en"));
        assert_eq!(from_tag(""), None);
        let vi = "Đảng bộ huyện Kế Sách tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng";
        let en = "The council approved the new budget on Monday after a long debate about the schools.";
        let de = "Die Tanzkompanie des Theaters öffnet mit einer Arbeit, die von dem neuen Tanzchef stammt.";
        assert_eq!(detect([vi].into_iter()).as_deref(), Some("vi"));
        assert_eq!(detect([en].into_iter()).as_deref(), Some("en"));
        assert_eq!(detect([de].into_iter()).as_deref(), Some("de"));
        assert_eq!(detect(["Home", "About"].into_iter()), None);
    }
}
