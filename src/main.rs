//! The `boilerstrip` binary: parse flags, hand off to the library.

use clap::Parser;

fn main() {
    let args = boilerstrip::cli::Args::parse();
    std::process::exit(boilerstrip::cli::run(args));
}
