//! The `boilerstrip` binary: parse flags, hand off to the library.

use clap::Parser;

// Cleaning allocates a few small strings per line; mimalloc serves them
// about 15% faster than glibc's malloc (docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args = boilerstrip::cli::Args::parse();
    std::process::exit(boilerstrip::cli::run(args));
}
