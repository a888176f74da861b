//! Any bytes, as an HTML page, through the whole pipeline (decode with
//! charset sniffing, the scanner, the classifier, metadata): it must return a
//! record or a coded error, never panic, and script bodies never become text.

#![no_main]

use boilerstrip::envelope::{Format, Page};
use boilerstrip::{Pipeline, PipelineBuilder};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../config/patterns");
        PipelineBuilder::new().patterns_dir(dir).build().expect("pattern files")
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(o) = pipeline().clean(Page { format: Format::Html, ..Page::text(data.to_vec()) }, true) {
        assert!(!o.record.text.contains("\n\n\n"));
    }
});
