//! The command line: flags in, exit status out.
//!
//! Exit status: 0 success (a closed stdout pipe counts), 1 some pages failed,
//! 2 bad configuration or patterns, 3 I/O errors, 4 an internal error.

mod bench;
mod clean;
mod daemon;
mod eval;
mod nats_tools;
mod progress;

use crate::error::Error;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "boilerstrip",
    version,
    about = "Strip menus, related lists, widgets and footers from scraped pages; keep the article.",
    after_help = "Examples:\n  boilerstrip clean page.txt\n  boilerstrip clean --explain page.txt | jq .removed\n  \
                  cat pages.jsonl | boilerstrip clean --jsonl > records.jsonl\n  \
                  boilerstrip eval ../shared/corpus/vi-seeds ../shared/corpus/cleaneval-dev\n  \
                  boilerstrip eval --html --predictions /tmp/pred ../shared/corpus/wcxb-dev-article"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

/// Flags shared by every command that cleans pages.
#[derive(clap::Args, Debug, Clone)]
pub struct PipelineFlags {
    /// The pattern directory (common.pat, lang/*.pat, sites/*.pat).
    #[arg(long, env = "BOILERSTRIP_PATTERNS", default_value = "config/patterns")]
    pub patterns: PathBuf,
    /// Pages larger than this many bytes are rejected.
    #[arg(long, default_value_t = crate::pipeline::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
}

impl PipelineFlags {
    pub fn build(&self) -> Result<crate::Pipeline, Error> {
        crate::PipelineBuilder::new().patterns_dir(&self.patterns).max_bytes(self.max_bytes).build()
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Clean pages and print one JSON record per page (JSONL) on stdout.
    #[command(after_help = "Examples:\n  boilerstrip clean page.txt other.txt\n  boilerstrip clean - < page.txt\n  \
                            boilerstrip clean --jsonl envelopes.jsonl\n  boilerstrip clean --html page.html")]
    Clean(clean::CleanArgs),
    /// Score the pipeline on labelled corpus sets, exactly as shared/tools/score.py does.
    #[command(after_help = "Prints, per set, the JSON line score.py prints for the same predictions,\n\
                            then the share of title/published/authors/source exactly right.")]
    Eval(eval::EvalArgs),
    /// Run the NATS daemon: consume raw pages, publish clean records.
    #[command(after_help = "Examples:\n  boilerstrip run --config config/boilerstrip.toml\n  \
                            boilerstrip run --nats-url nats://10.0.0.5:4222 --create-streams --log-format json")]
    Run(daemon::DaemonArgs),
    /// Validate a daemon config and compile its patterns, without starting.
    CheckConfig(daemon::DaemonArgs),
    /// Publish page files (or JSONL envelopes) to a JetStream subject.
    Publish(nats_tools::PublishArgs),
    /// Print messages of a stream (default PAGES_CLEAN) as JSONL.
    Read(nats_tools::ReadArgs),
    /// Measure throughput: `kernel` (pipeline vs keep-all) or `loadgen` (end to end through NATS).
    Bench(bench::BenchArgs),
    /// Probe a running daemon's /healthz (for container health checks).
    Healthcheck(daemon::HealthcheckArgs),
}

pub fn run(args: Args) -> i32 {
    let result = match args.command {
        Command::Clean(a) => clean::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Run(a) => daemon::run(a),
        Command::CheckConfig(a) => daemon::check(a),
        Command::Publish(a) => nats_tools::publish(a),
        Command::Read(a) => nats_tools::read(a),
        Command::Bench(a) => bench::run(a),
        Command::Healthcheck(a) => daemon::healthcheck(a),
    };
    match result {
        Ok(status) => status,
        Err(e) => {
            eprintln!("boilerstrip: {e}");
            e.code().exit_status()
        }
    }
}
