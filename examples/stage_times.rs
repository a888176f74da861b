//! Per-stage throughput of the pipeline on corpus sets, for profiling:
//! `cargo run --release --example stage_times -- ../shared/corpus/wcxb-dev-article`
//! (generated pages when no set is given). See docs/BENCHMARKS.md.

use boilerstrip::envelope::{slug_words, url_date};
use boilerstrip::pipeline::{assemble, classify, decode, lang, metadata, segment};
use std::path::PathBuf;
use std::time::Instant;

// The allocator of the `boilerstrip` binary, so the figures are its figures.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let sets: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let pages = boilerstrip::bench::load_pages(&sets);
    let pipeline = boilerstrip::PipelineBuilder::new().patterns_dir("config/patterns").build().expect("patterns");
    let pats = pipeline.patterns().clone();
    let bytes: usize = pages.iter().map(|p| p.content.len()).sum();
    let names = ["decode", "lang", "segment", "classify", "repeats", "metadata", "assemble"];
    let mut t = [0f64; 7];
    const ROUNDS: usize = 3;
    for _ in 0..ROUNDS {
        for page in &pages {
            let mut clock = Instant::now();
            let mut lap = |i: usize| {
                t[i] += clock.elapsed().as_secs_f64();
                clock = Instant::now();
            };
            let Ok(d) = decode::decode(page.content.clone(), usize::MAX) else { continue };
            lap(0);
            let l = lang::detect(d.text.split('\n'), &pats);
            lap(1);
            let active = pats.activate(l.as_deref(), None);
            let (lines, _) = segment::segment(&d.text, &pats, &active);
            lap(2);
            let mut c = classify::classify(&lines, &[], &pats, &active, &Default::default());
            lap(3);
            assemble::mark_repeats(&lines, &mut c.verdicts);
            lap(4);
            // The URL's slug and date as `Pipeline::clean` reads them.
            let slug = page.url.as_deref().map(slug_words).unwrap_or_default();
            let dated = page.url.as_deref().and_then(url_date);
            let hints = metadata::Hints { lang: l.as_deref(), slug: &slug, url_date: dated.as_deref(), ..Default::default() };
            std::hint::black_box(metadata::read(&lines, &mut c, &hints, &pats, &active));
            lap(5);
            std::hint::black_box(assemble::assemble(&lines, &c.verdicts).text.len());
            lap(6);
        }
    }
    let mb = (ROUNDS * bytes) as f64 / 1e6;
    println!("{} pages, {:.1} MB per round", pages.len(), bytes as f64 / 1e6);
    for (name, secs) in names.iter().zip(t) {
        println!("{name:10} {secs:8.3} s  {:8.1} MB/s", mb / secs);
    }
    println!("{:10} {:8.3} s  {:8.1} MB/s", "total", t.iter().sum::<f64>(), mb / t.iter().sum::<f64>());
}
