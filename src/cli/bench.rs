//! `boilerstrip bench kernel` and `boilerstrip bench loadgen`.

use crate::bench;
use crate::error::{Error, Result};
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub which: Which,
}

#[derive(clap::Subcommand, Debug)]
pub enum Which {
    /// The pipeline alone on one core, against the keep-all ceiling.
    Kernel {
        /// Corpus sets whose <id>.txt pages are used (generated pages if none).
        sets: Vec<PathBuf>,
        /// Minimum seconds per pass.
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
        #[command(flatten)]
        pipeline: super::PipelineFlags,
        /// Also write the report here as JSON.
        #[arg(long)]
        json: Option<PathBuf>,
        /// Use the HTML pages (<id>.html.gz) in HTML mode.
        #[arg(long)]
        html: bool,
    },
    /// Publish pages to a live nats-server and time their records.
    Loadgen {
        sets: Vec<PathBuf>,
        #[arg(long = "nats-url", default_value = "nats://127.0.0.1:4222")]
        nats_url: String,
        #[arg(long, default_value = "pages.raw.bench")]
        subject: String,
        #[arg(long, default_value_t = 10_000)]
        pages: usize,
        #[arg(long, default_value_t = 600)]
        timeout: u64,
        /// Sample this process's RSS as records pass --rss-at counts.
        #[arg(long)]
        rss_pid: Option<u32>,
        #[arg(long, value_delimiter = ',')]
        rss_at: Vec<usize>,
        #[arg(long)]
        json: Option<PathBuf>,
    },
}

fn emit<T: serde::Serialize>(report: &T, json: Option<&PathBuf>) -> Result<()> {
    let text = serde_json::to_string_pretty(report).map_err(|e| Error::internal(e.to_string()))?;
    println!("{text}");
    if let Some(path) = json {
        std::fs::write(path, text).map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

pub fn run(args: BenchArgs) -> Result<i32> {
    match args.which {
        Which::Kernel { sets, seconds, pipeline, json, html } => {
            let p = pipeline.build()?;
            let pages = if html { bench::load_html_pages(&sets) } else { bench::load_pages(&sets) };
            if pages.is_empty() {
                return Err(Error::config("no <id>.html.gz pages in the given sets"));
            }
            emit(&bench::kernel(&p, &pages, seconds)?, json.as_ref())?;
        }
        Which::Loadgen { sets, nats_url, subject, pages, timeout, rss_pid, rss_at, json } => {
            let corpus = bench::load_pages(&sets);
            let opts = bench::LoadOptions { url: nats_url, subject, pages, timeout: Duration::from_secs(timeout), rss_pid, rss_at };
            let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| Error::internal(e.to_string()))?;
            emit(&rt.block_on(bench::loadgen(&opts, &corpus))?, json.as_ref())?;
        }
    }
    Ok(0)
}
