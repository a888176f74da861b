//! The `boilerstrip` binary: parse flags, hand off to the library.

use clap::Parser;

// With the `mimalloc` feature cleaning runs a little faster (3% fewer
// instructions on HTML), but a daemon replica holds 5-9 times the memory, so
// the system allocator is the default (docs/BENCHMARKS.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args = boilerstrip::cli::Args::parse();
    std::process::exit(boilerstrip::cli::run(args));
}
