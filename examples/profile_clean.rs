//! `Pipeline::clean` alone, in a loop, for profilers: no keep-all pass and no
//! serialization, unlike `boilerstrip bench kernel`.
//!
//! `cargo run --release --example profile_clean -- [--html] SET...` runs for
//! five seconds and prints pages/s. With `ROUNDS=n` it makes exactly n passes
//! instead, so instruction counts compare across changes:
//! `ROUNDS=1 valgrind --tool=callgrind target/release/examples/profile_clean --html SET`.
//! See docs/BENCHMARKS.md.

use std::path::PathBuf;
use std::time::Instant;

// The allocator of the `boilerstrip` binary, so the figures are its figures.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let html = args.first().is_some_and(|a| a == "--html");
    if html {
        args.remove(0);
    }
    let sets: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    let pages = if html { boilerstrip::bench::load_html_pages(&sets) } else { boilerstrip::bench::load_pages(&sets) };
    let pipeline = boilerstrip::PipelineBuilder::new().patterns_dir("config/patterns").build().expect("patterns");
    let rounds: Option<usize> = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok());
    let started = Instant::now();
    let mut done = 0;
    let mut round = 0;
    while rounds.map_or(started.elapsed().as_secs_f64() < 5.0, |n| round < n) {
        for p in &pages {
            std::hint::black_box(pipeline.clean(p.clone(), false).ok());
            done += 1;
        }
        round += 1;
    }
    println!("{done} pages, {:.1} pages/s", done as f64 / started.elapsed().as_secs_f64());
}
