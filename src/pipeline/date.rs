//! Reading publication dates out of a short line.
//!
//! In: one line and the page language. Out: an ISO 8601 string,
//! `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the line also gives a time.
//!
//! Forms read: ISO (`2021-10-25`, `2021-10-25T13:00`), numeric with `/`, `-`
//! or `.` (`25/10/2021`: day first, except in English when the first number
//! can be a month and the second cannot be), and month names from the
//! `[months]` lexicons (`March 3, 2021`, `3. März 2021`, `3 de marzo de 2021`).
//! Vietnamese `tháng 10` counts as a month name. Chinese, Japanese and
//! Korean dates spell their parts with unit signs (`2024年3月12日`,
//! `2024년 3월 12일`), and their times too (`14時35分`). No date is guessed
//! from a year alone or from a month and year.

use crate::patterns::{Active, Patterns};
use crate::pipeline::normalize::{fold, is_combining};

/// A calendar date that exists, in the years a web page may date from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ymd(u16, u8, u8);

impl Ymd {
    /// The date, when the day exists (29 February only in a leap year) and
    /// the year is between 1990 and 2099.
    pub fn new(y: u32, m: u32, d: u32) -> Option<Ymd> {
        let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1990..=2099).contains(&y) && (1..=days).contains(&d)).then_some(Ymd(y as u16, m as u8, d as u8))
    }
}

/// ISO 8601: `2021-10-25`.
impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0, self.1, self.2)
    }
}

/// A token of a date line: a number with the separator that follows it, or a word.
#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Num(u32, usize, Option<char>),
    Word(&'a str),
}

fn tokens(line: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = &line[i..end];
            let sep = chars.peek().map(|&(_, c)| c).filter(|c| matches!(c, '/' | '-' | '.' | ':' | 'T'));
            if let Ok(n) = digits.parse() {
                out.push(Tok::Num(n, digits.len(), sep));
            }
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            let mut prev = c;
            while let Some(&(j, d)) = chars.peek() {
                // A capital after a lowercase letter starts a word: an icon's
                // label glued to the date (`calendarApr 16`, `min readDec 1`).
                if !(d.is_alphabetic() || is_combining(d)) || (prev.is_lowercase() && d.is_uppercase()) {
                    break;
                }
                end = j + d.len_utf8();
                prev = d;
                chars.next();
            }
            out.push(Tok::Word(&line[i..end]));
        }
    }
    out
}

/// The first date (and time) in `line`, as ISO 8601.
pub fn find_date(line: &str, lang: Option<&str>, patterns: &Patterns, active: &Active) -> Option<String> {
    let toks = tokens(line);
    let date = numeric_date(&toks, lang).or_else(|| unit_date(&toks)).or_else(|| named_date(&toks, patterns, active))?;
    let mut out = date.to_string();
    if let Some((h, m)) = time_of_day(&toks) {
        out.push_str(&format!("T{h:02}:{m:02}"));
    }
    Some(out)
}

fn numeric_date(toks: &[Tok], lang: Option<&str>) -> Option<Ymd> {
    for w in toks.windows(3) {
        let (Tok::Num(a, la, Some(s1)), Tok::Num(b, _, s2), Tok::Num(c, lc, _)) = (&w[0], &w[1], &w[2]) else {
            continue;
        };
        if !matches!(s1, '/' | '-' | '.') || *s2 != Some(*s1) {
            continue;
        }
        if *la == 4 {
            if let Some(d) = Ymd::new(*a, *b, *c) {
                return Some(d);
            }
        } else if *lc == 4 {
            let us_first = lang == Some("en") && *a <= 12 && *b > 12;
            let us_ambiguous = lang == Some("en") && *s1 == '/' && *a <= 12 && *b <= 12;
            let d = if us_first || us_ambiguous { Ymd::new(*c, *a, *b) } else { Ymd::new(*c, *b, *a) };
            if let Some(d) = d.or_else(|| Ymd::new(*c, *a, *b)) {
                return Some(d);
            }
        }
    }
    None
}

/// `2024年3月12日` (Chinese, Japanese), `2024년 3월 12일` (Korean): each
/// number followed by its unit sign.
fn unit_date(toks: &[Tok]) -> Option<Ymd> {
    toks.windows(6).find_map(|w| match w {
        [Tok::Num(y, 4, _), Tok::Word("年" | "년"), Tok::Num(m, ..), Tok::Word("月" | "월"), Tok::Num(d, ..), Tok::Word(day)]
            if day.starts_with(['日', '일']) =>
        {
            Ymd::new(*y, *m, *d)
        }
        _ => None,
    })
}

/// The month a word names in the active `[months]` lexicons (`March`,
/// `Mar.`).
pub(crate) fn month_of(word: &str, patterns: &Patterns, active: &Active) -> Option<u8> {
    folded_month(&fold(word), patterns, active)
}

fn folded_month(folded: &str, patterns: &Patterns, active: &Active) -> Option<u8> {
    patterns.month(folded, active).or_else(|| patterns.month(folded.trim_end_matches('.'), active))
}

fn named_date(toks: &[Tok], patterns: &Patterns, active: &Active) -> Option<Ymd> {
    let year_at = |i: usize| match toks.get(i) {
        Some(Tok::Num(y, 4, _)) => Some(*y),
        _ => None,
    };
    let day_at = |i: usize| match toks.get(i) {
        Some(Tok::Num(d, 1 | 2, _)) if *d >= 1 && *d <= 31 => Some(*d),
        _ => None,
    };
    // Skips filler words between parts: "3 de marzo de 2021", "ngày 3 tháng".
    let skip = |i: usize| match toks.get(i) {
        Some(Tok::Word(w)) if w.chars().count() <= 3 && !w.chars().any(|c| c.is_uppercase()) => i + 1,
        _ => i,
    };
    let num_at = |i: usize| matches!(toks.get(i), Some(Tok::Num(..)));
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = t else { continue };
        // Every form below has a number within two tokens before the month
        // or three after it: most words are passed over without folding.
        if !(i.saturating_sub(2)..i).any(num_at) && !(i + 1..=i + 3).any(num_at) {
            continue;
        }
        let folded = fold(w);
        let month = if folded == "thang\u{301}" {
            match toks.get(i + 1) {
                Some(Tok::Num(m, _, _)) if (1..=12).contains(m) => Some((*m as u8, i + 2)),
                _ => None,
            }
        } else {
            folded_month(&folded, patterns, active).map(|m| (m, i + 1))
        };
        let Some((m, after)) = month else { continue };
        // "March 3, 2021" / "March 3rd 2021"
        if let Some(d) = day_at(after) {
            let mut y_at = after + 1;
            if matches!(toks.get(y_at), Some(Tok::Word(s)) if matches!(*s, "st" | "nd" | "rd" | "th")) {
                y_at += 1;
            }
            if let Some(y) = year_at(skip(y_at))
                && let Some(date) = Ymd::new(y, m as u32, d)
            {
                return Some(date);
            }
        }
        // "3 March 2021", "3. März 2021", "3 de marzo de 2021", "ngày 3 tháng 10 năm 2021"
        let before = if i >= 1 && matches!(toks[i - 1], Tok::Word(_)) { i.saturating_sub(2) } else { i.wrapping_sub(1) };
        let y = year_at(skip(after)).or_else(|| year_at(skip(skip(after))));
        if let (Some(d), Some(y)) = (day_at(before).or_else(|| i.checked_sub(1).and_then(day_at)), y)
            && let Some(date) = Ymd::new(y, m as u32, d)
        {
            return Some(date);
        }
    }
    None
}

/// `13:05`, or with unit signs: `13時5分`, `13时5分`, `13시 5분`.
fn time_of_day(toks: &[Tok]) -> Option<(u32, u32)> {
    let colon = toks.windows(2).find_map(|w| match (&w[0], &w[1]) {
        (Tok::Num(h, 1 | 2, Some(':')), Tok::Num(m, 2, _)) if *h < 24 && *m < 60 => Some((*h, *m)),
        _ => None,
    });
    colon.or_else(|| {
        toks.windows(4).find_map(|w| match w {
            [Tok::Num(h, 1 | 2, _), Tok::Word("時" | "时" | "시"), Tok::Num(m, 1 | 2, _), Tok::Word(unit)]
                if unit.starts_with(['分', '분']) && *h < 24 && *m < 60 =>
            {
                Some((*h, *m))
            }
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::PatternsBuilder;

    #[test]
    fn dates_table() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns");
        let p = PatternsBuilder::new().dir(dir).unwrap().build().unwrap();
        let cases: [(&str, &str, Option<&str>); 28] = [
            ("vi", "Thứ Hai, 03/09/2018 | 13:00", Some("2018-09-03T13:00")),
            ("vi", "Ngày cập nhật 02/08/2019", Some("2019-08-02")),
            ("vi", "Thứ hai,  25/10/2021", Some("2021-10-25")),
            ("vi", "Cập nhật: 10:30, 25-10-2021", Some("2021-10-25T10:30")),
            ("vi", "ngày 2 tháng 8 năm 2019", Some("2019-08-02")),
            ("vi", "tháng 3/2023", None),
            ("en", "Published 2021-03-04T08:15:00Z", Some("2021-03-04T08:15")),
            ("en", "March 3, 2021", Some("2021-03-03")),
            ("en", "Updated: Mar. 3rd 2021 at 5:07", Some("2021-03-03T05:07")),
            ("en", "3 March 2021", Some("2021-03-03")),
            ("en", "03/04/2021", Some("2021-03-04")),
            ("en", "25/10/2021", Some("2021-10-25")),
            ("de", "3. März 2021", Some("2021-03-03")),
            ("de", "03.04.2021, 14:00 Uhr", Some("2021-04-03T14:00")),
            ("es", "3 de marzo de 2021", Some("2021-03-03")),
            ("fr", "le 3 mars 2021", Some("2021-03-03")),
            ("zh", "2024年3月12日 14:35 来源：新华社", Some("2024-03-12T14:35")),
            ("ja", "2024年3月18日 14時35分", Some("2024-03-18T14:35")),
            ("ja", "公開日：2024年3月18日（月）", Some("2024-03-18")),
            ("ko", "입력 2024년 3월 12일 오후 2시", Some("2024-03-12")),
            ("zh", "2024年3月", None),
            ("en", "calendarApr 16, 2024", Some("2024-04-16")),
            ("en", "7 min readDec 30, 2013", Some("2013-12-30")),
            ("en", "EditorialNovember 22, 2018", Some("2018-11-22")),
            ("en", "In 2021 we grew", None),
            ("en", "31/02/2021", None),
            // 29 February exists in leap years only.
            ("de", "29.02.2024", Some("2024-02-29")),
            ("de", "29.02.2023", None),
        ];
        for (lang, line, want) in cases {
            let active = p.activate(Some(lang), None);
            assert_eq!(find_date(line, Some(lang), &p, &active).as_deref(), want, "{lang}: {line}");
        }
    }
}
