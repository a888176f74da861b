//! Bad input never panics: each case yields a record (flagged) or an error
//! with a stable code. The property test checks that, for any input, the
//! output lines are a subsequence of the (normalized, mojibake-repaired)
//! input lines.

mod common;

use boilerstrip::envelope::{Format, Page};
use boilerstrip::{ErrorCode, Pipeline, PipelineBuilder};
use proptest::prelude::*;

fn pipeline() -> Pipeline {
    PipelineBuilder::new().patterns_dir(common::repo().join("config/patterns")).build().unwrap()
}

#[test]
fn bad_inputs_give_records_or_coded_errors() {
    let p = pipeline();
    let sentence = "This sentence is long enough to count as article prose for the classifier, surely. ";
    let cases: Vec<(&str, Page, Result<&str, ErrorCode>)> = vec![
        ("empty", Page::text(""), Ok("empty")),
        ("whitespace_only", Page::text("  \n\n\t\n"), Ok("empty")),
        ("binary", Page::text(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00".repeat(100)), Err(ErrorCode::Undecodable)),
        ("invalid_utf8_sprinkled", Page::text([sentence.as_bytes(), b"\xff\xfe", sentence.as_bytes()].concat()), Ok("invalid_utf8")),
        ("all_invalid_utf8", Page::text(vec![0xc3; 5000]), Err(ErrorCode::Undecodable)),
        ("html_binary", Page { format: Format::Html, ..Page::text(vec![0u8; 100]) }, Err(ErrorCode::Undecodable)),
        ("html_truncated", Page { format: Format::Html, ..Page::text(format!("<html><body><p>{sentence}</p><p>{sentence}<di")) }, Ok("html")),
        ("only_punctuation", Page::text("|||\n---\n• • •\n"), Ok("empty")),
        ("mojibake", Page::text(format!("{sentence}It isn\u{e2}\u{20ac}\u{2122}t clean.")), Ok("mojibake_repaired")),
    ];
    for (name, page, want) in cases {
        match (p.clean(page, false), want) {
            (Ok(o), Ok("empty")) => assert!(o.record.empty && o.record.text.is_empty(), "{name}"),
            (Ok(o), Ok(flag)) => assert!(o.record.flags.contains(&flag), "{name}: flags {:?}", o.record.flags),
            (Err(e), Err(code)) => assert_eq!(e.code(), code, "{name}: {e}"),
            (got, want) => panic!("{name}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn a_page_over_the_cap_is_too_large() {
    let p = PipelineBuilder::new().patterns_dir(common::repo().join("config/patterns")).max_bytes(1000).build().unwrap();
    let err = p.clean(Page::text(vec![b'a'; 1001]), false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TooLarge);
}

#[test]
fn a_50_megabyte_single_line_is_cleaned() {
    let p = PipelineBuilder::new().patterns_dir(common::repo().join("config/patterns")).max_bytes(64 << 20).build().unwrap();
    let line = "word ".repeat(10 << 20) + ".";
    let r = p.clean(Page::text(line), false).unwrap().record;
    assert_eq!(r.stats.lines_in, 1);
    assert!(r.stats.bytes_in >= 50 << 20);
}

#[test]
fn ten_thousand_nested_divs_do_not_overflow_the_stack() {
    let html = "<div>".repeat(10_000) + "<p>Deep text that is long enough to be a paragraph of an article, surely.</p>" + &"</div>".repeat(10_000);
    let r = pipeline().clean(Page { format: Format::Html, ..Page::text(html) }, false).unwrap().record;
    assert!(r.text.contains("Deep text"));
}

/// Inputs that once broke, or were built to break, the HTML path: each file
/// in `tests/data/html-crashers/` must give a record or a coded error. Add
/// every crash the fuzzer (`fuzz/`, see docs/FUZZING.md) finds here.
#[test]
fn html_crasher_corpus_gives_records_or_coded_errors() {
    let p = pipeline();
    let dir = common::repo().join("tests/data/html-crashers");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 10, "crasher corpus missing from {}", dir.display());
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        match p.clean(Page { format: Format::Html, ..Page::text(bytes) }, true) {
            Ok(o) => assert!(!o.record.text.contains("\n\n\n"), "{}: paragraphs are split by one blank line", path.display()),
            Err(e) => assert!(!e.code().as_str().is_empty(), "{}: {e}", path.display()),
        }
    }
}

/// The pipeline's output form, up to spacing: NFC, zero-width characters
/// gone, every kind of space collapsed.
fn squash(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let nfc: String = s.nfc().filter(|c| !matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}')).collect();
    common::squash(&nfc.replace(|c: char| matches!(c, '\u{1C}'..='\u{1F}'), " "))
}

fn line_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Home | News | Contact".to_string()),
        Just("Bình luận".to_string()),
        Just("{name} - {time}".to_string()),
        Just("By Jane Doe".to_string()),
        Just("The committee met on Tuesday and agreed, after a long discussion, to publish the full report next month.".to_string()),
        Just("Ngày cập nhật 02/08/2019".to_string()),
        Just("The mayor\u{e2}\u{20ac}\u{2122}s communiqu\u{c3}\u{a9} came late, and nobody on the council had read it before the vote.".to_string()),
        Just("".to_string()),
        "\\PC{0,80}",
        "[a-z ]{0,200}\\.",
    ]
}

/// HTML-shaped soup: real tags (raw-text, void, chrome and block ones),
/// attributes with odd quoting, entities, comments and text, nested and cut
/// anywhere. Returns the page and whether its markup is intact: no stray `<`,
/// which (as in a browser) may swallow the next tag, `<script>` included.
/// The script body carries a marker, in a sentence long enough to be kept as
/// prose, that must never reach the text of an intact page.
fn html_strategy() -> impl Strategy<Value = (String, bool)> {
    let intact = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"content\">".to_string()),
        Just("<div class='share social'>".to_string()),
        Just("</div>".to_string()),
        Just("<nav><a href=/>Home</a></nav>".to_string()),
        Just("<script>var s = '<p>SCRIPTMARK is a sentence long enough to pass for a paragraph of article prose.</p>';</script>".to_string()),
        Just("<STYLE>p { color: red }</STYLE>".to_string()),
        Just("<li>".to_string()),
        Just("<br/>".to_string()),
        Just("<!-- comment -->".to_string()),
        Just("<a title=\"x>y\" href='#'>".to_string()),
        Just("&amp;&#233;&#x1F600;&bogus;&".to_string()),
        Just("<meta charset=windows-1258>".to_string()),
        Just("<span hidden>gone</span>".to_string()),
        "[a-zA-Z ,.]{0,60}",
    ];
    let wild = prop_oneof![Just("<".to_string()), Just("<!--".to_string()), "\\PC{0,30}"];
    let piece = prop_oneof![4 => intact.prop_map(|p| (p, true)), 1 => wild.prop_map(|p| { let ok = !p.contains('<'); (p, ok) })];
    prop::collection::vec(piece, 0..60).prop_map(|v| (v.iter().map(|(p, _)| p.as_str()).collect(), v.iter().all(|(_, ok)| *ok)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn clean_never_panics_and_keeps_input_lines_in_order(lines in prop::collection::vec(line_strategy(), 0..40)) {
        let text = lines.join("\n");
        let r = pipeline().clean(Page::text(text.clone()), false).unwrap().record;
        // Mojibake is repaired over the whole page before lines are cut.
        let repaired = boilerstrip::pipeline::mojibake::repair(&text).unwrap_or(text);
        let inputs: Vec<String> = repaired.lines().map(squash).collect();
        let mut at = 0;
        for out in r.text.split("\n\n").filter(|l| !l.is_empty()) {
            let out = squash(out);
            let found = inputs[at..].iter().position(|i| *i == out);
            prop_assert!(found.is_some(), "output line {:?} is not a later input line", out);
            at += found.unwrap() + 1;
        }
    }

    #[test]
    fn html_soup_never_panics_and_never_leaks_script((html, intact) in html_strategy()) {
        match pipeline().clean(Page { format: Format::Html, ..Page::text(html) }, true) {
            Ok(o) => prop_assert!(!intact || !o.record.text.contains("SCRIPTMARK"), "script text leaked: {:?}", o.record.text),
            Err(e) => prop_assert!(!e.code().as_str().is_empty()),
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), html in any::<bool>()) {
        let page = Page { format: if html { Format::Html } else { Format::Text }, ..Page::text(bytes) };
        let _ = pipeline().clean(page, true);
    }
}
