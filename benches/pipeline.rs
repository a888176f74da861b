//! Criterion benchmark of the cleaning kernel against the keep-all ceiling,
//! on one thread. Pages: the shared dev corpus when it sits beside the repo
//! (`../shared/corpus/*/*.txt`), else the seed pages plus generated pages.
//! `cargo bench --bench pipeline`; figures in docs/BENCHMARKS.md.

use boilerstrip::envelope::Page;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;

// The allocator of the `boilerstrip` binary, so the figures are its figures.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn pages() -> Vec<Page> {
    let corpus = PathBuf::from("../shared/corpus");
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&corpus).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    if sets.is_empty() {
        sets.push(PathBuf::from("tests/data/vi-seeds"));
    }
    sets.sort();
    boilerstrip::bench::load_pages(&sets)
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(|p| p.content.len()).sum();
    let pipeline = boilerstrip::PipelineBuilder::new().patterns_dir("config/patterns").build().expect("patterns");
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("clean", |b| {
        b.iter(|| {
            for p in &pages {
                if let Ok(o) = pipeline.clean(p.clone(), false) {
                    std::hint::black_box(serde_json::to_vec(&o.record).expect("serializable"));
                }
            }
        })
    });
    group.bench_function("keep_all", |b| {
        b.iter(|| {
            for p in &pages {
                if let Ok(o) = pipeline.keep_all(p.clone()) {
                    std::hint::black_box(serde_json::to_vec(&o.record).expect("serializable"));
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
