//! Language: taken from the envelope when given, otherwise detected.
//!
//! In: the envelope's `lang` (any BCP 47 tag) or the page's lines. Out: a
//! lowercase ISO 639-1 code (`vi`, `en`; every detected language has one),
//! or the primary subtag of a given tag that has none (`yue`).
//! Detection reads only the longer lines (menus are noise) and at most
//! `SAMPLE_BYTES` of them. A line's length is its word count, with two
//! characters of an unspaced script (Chinese, Japanese, Thai) as a word, so
//! pages in those scripts have a sample too. A language with a pattern set
//! is recognized by its stopwords (fast, one hash lookup a word), unless the
//! set says `vote=no`; otherwise the trigram model of whatlang decides.
//! `None` when unsure.

use super::normalize::is_alnum;
use super::segment::{lowercase_into, word_weight};
use crate::patterns::Patterns;
use whatlang::Lang;

const SAMPLE_BYTES: usize = 800;
const MIN_CONFIDENCE: f64 = 0.25;
/// A sampled line has at least this many words.
const SAMPLE_MIN_WORDS: usize = 6;

/// `vi-VN` -> `vi`, `EN_us` -> `en`.
pub fn from_tag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (!primary.is_empty() && primary.chars().all(|c| c.is_ascii_alphabetic())).then_some(primary)
}

/// Detects the language of raw text lines (before segmentation).
pub fn detect<'a>(lines: impl Iterator<Item = &'a str>, patterns: &Patterns) -> Option<String> {
    let mut sample = String::new();
    for l in lines.filter(|l| long_enough(l)) {
        sample.push_str(l.trim());
        sample.push('\n');
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
    }
    if let Some(lang) = vote(&sample, patterns) {
        return Some(lang.to_string());
    }
    let info = whatlang::detect(&sample)?;
    (info.confidence() >= MIN_CONFIDENCE).then(|| code(info.lang()).to_string())
}

/// The stopword vote over a sample's words, lowercased and trimmed of
/// punctuation.
fn vote<'p>(sample: &str, patterns: &'p Patterns) -> Option<&'p str> {
    let mut lower = String::with_capacity(sample.len());
    lowercase_into(sample, &mut lower);
    patterns.vote_language(lower.split_whitespace().map(|w| w.trim_matches(|c: char| !is_alnum(c))))
}

/// Whether a line has [`SAMPLE_MIN_WORDS`] words. Words are only weighed
/// when spaces are too few and the line holds a character of three UTF-8
/// bytes or more, as every unspaced script does.
fn long_enough(line: &str) -> bool {
    line.split_whitespace().nth(SAMPLE_MIN_WORDS - 1).is_some()
        || (line.bytes().any(|b| b >= 0xE0) && line.split_whitespace().map(word_weight).sum::<usize>() >= SAMPLE_MIN_WORDS)
}

/// The ISO 639-1 code of a whatlang language: every one has one (Norwegian
/// Bokmål is given as `no`). The match is exhaustive, so a language that a
/// later whatlang adds fails the build until it is listed here.
fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "no",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
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
        let none = crate::patterns::PatternsBuilder::new().build().unwrap();
        let shipped =
            crate::patterns::PatternsBuilder::new().dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns")).unwrap().build().unwrap();
        for p in [&none, &shipped] {
            assert_eq!(detect([vi].into_iter(), p).as_deref(), Some("vi"));
            assert_eq!(detect([en].into_iter(), p).as_deref(), Some("en"));
            assert_eq!(detect([de].into_iter(), p).as_deref(), Some("de"));
            assert_eq!(detect(["Home", "About"].into_iter(), p), None);
        }
        assert_eq!(vote(&[en; 6].join(" "), &shipped), Some("en"));
        // Stopwords are only a fifth of these words, but no other set comes close.
        let terse_en = ["Kubernetes operators reconcile custom resources with controllers that watch cluster state and apply changes"; 6].join(" ");
        assert_eq!(vote(&terse_en, &shipped), Some("en"));
        // Portuguese shares stopwords with Spanish and French but has no set:
        // no set leads clearly, and the trigram model reads it.
        let pt = ["O governo anunciou que as novas medidas para a economia serão aplicadas em todo o país durante o próximo ano."; 6].join(" ");
        assert_eq!(detect([pt.as_str()].into_iter(), &shipped).as_deref(), Some("pt"));
    }

    /// Regression: the stopword vote left these to the trigram model, which
    /// costs hundreds of times more. Spanish shares its commonest words with
    /// French (`de`, `la`, `que`, `en`), so the lead is measured in words
    /// that one set alone lists; Vietnamese words are syllables, so its
    /// stopwords make up less of a sample (its set says `share=10`).
    #[test]
    fn languages_with_shared_or_sparse_stopwords_are_voted() {
        let shipped =
            crate::patterns::PatternsBuilder::new().dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns")).unwrap().build().unwrap();
        let cases = [
            (
                "es",
                "La presidenta de la comisión aseguró que el proyecto de ley será debatido en la sesión de la próxima semana, tras la reunión con los representantes de la oposición en la capital.",
            ),
            (
                "vi",
                "Qua gần 10 năm thực hiện Nghị quyết số 22-NQ/TW của Ban Chấp hành Trung ương Đảng, Huyện ủy Kế Sách đã tập trung chỉ đạo chăm lo xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh, củng cố tổ chức đảng yếu kém.",
            ),
        ];
        for (want, text) in cases {
            assert_eq!(vote(&[text; 4].join(" "), &shipped), Some(want), "{text}");
        }
    }

    /// Regression: Catalan shares most Spanish stopwords, and once the vote
    /// counted its lead in words of a set's own, Catalan pages were named
    /// Spanish. `ca.pat` lists the Catalan words Spanish lacks as a
    /// `vote=no` set, so they stand against Spanish and the trigram model
    /// names the page, with its ISO 639-1 code (it gave `cat`).
    #[test]
    fn catalan_is_not_spanish() {
        let shipped =
            crate::patterns::PatternsBuilder::new().dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns")).unwrap().build().unwrap();
        let ca = "El Govern ha aprovat aquest dimarts un nou pla per millorar el transport públic a les comarques, amb una inversió de més de cent milions d'euros. Els alcaldes dels municipis afectats han valorat positivament la mesura, tot i que demanen que es tingui en compte la opinió dels veïns.";
        assert_eq!(detect([ca, ca, ca].into_iter(), &shipped).as_deref(), Some("ca"));
    }

    /// Regression: Chinese and Japanese lines have no spaces, so no line was
    /// sampled and a page's one Latin line (its copyright footer) decided.
    #[test]
    fn unspaced_scripts_are_sampled() {
        let shipped =
            crate::patterns::PatternsBuilder::new().dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns")).unwrap().build().unwrap();
        let cases: [(&str, &[&str]); 2] = [
            (
                "zh",
                &[
                    "首页",
                    "上海市政府发布了一系列新政策，旨在支持新能源汽车产业的发展。",
                    "政府还将在全市范围内新建五千个充电桩，以解决充电难的问题。",
                    "Copyright © 2024 News Co. All rights reserved.",
                ],
            ),
            (
                "ja",
                &[
                    "ホーム",
                    "気象庁は十八日、東京都心で桜が開花したと発表しました。",
                    "満開になるのは一週間から十日後の見込みだということです。",
                    "靖国神社にある標本木で、五つ以上の花が咲いているのを職員が確認しました。",
                    "Copyright © 2024 News Co. All rights reserved.",
                ],
            ),
        ];
        for (want, lines) in cases {
            assert_eq!(detect(lines.iter().copied(), &shipped).as_deref(), Some(want), "{lines:?}");
        }
    }
}
