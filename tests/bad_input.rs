//! Bad input never panics: each case yields a record (flagged) or an error
//! with a stable code. The property test checks that, for any input, the
//! output lines are a subsequence of the (normalized) input lines.

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
        Just("".to_string()),
        "\\PC{0,80}",
        "[a-z ]{0,200}\\.",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn clean_never_panics_and_keeps_input_lines_in_order(lines in prop::collection::vec(line_strategy(), 0..40)) {
        let text = lines.join("\n");
        let r = pipeline().clean(Page::text(text.clone()), false).unwrap().record;
        let inputs: Vec<String> = text.lines().map(squash).collect();
        let mut at = 0;
        for out in r.text.split("\n\n").filter(|l| !l.is_empty()) {
            let out = squash(out);
            let found = inputs[at..].iter().position(|i| *i == out);
            prop_assert!(found.is_some(), "output line {:?} is not a later input line", out);
            at += found.unwrap() + 1;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), html in any::<bool>()) {
        let page = Page { format: if html { Format::Html } else { Format::Text }, ..Page::text(bytes) };
        let _ = pipeline().clean(page, true);
    }
}
