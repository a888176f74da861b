//! `boilerstrip clean`: pages from files or stdin, JSONL records to stdout.
//!
//! A page that cannot be cleaned is reported on stderr with where it came
//! from (`file` or `file:line`) and the run goes on; the exit status is then 1.

use super::PipelineFlags;
use super::progress::Progress;
use crate::envelope::{Format, Page};
use crate::error::{Error, Result};
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct CleanArgs {
    /// Input files; `-` or none reads stdin.
    pub files: Vec<PathBuf>,
    /// Read JSON envelopes, one per line: {"id"?, "url"?, "text" | "html", "lang"?}.
    #[arg(long)]
    pub jsonl: bool,
    /// Treat raw inputs as HTML (files ending in .html or .htm always are).
    #[arg(long)]
    pub html: bool,
    /// The page's URL, for raw inputs (sets `url`, `domain` and site patterns).
    #[arg(long)]
    pub url: Option<String>,
    /// Add every removed line, with its pattern set and reason, to the record.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub pipeline: PipelineFlags,
}

/// Where one page came from, for error messages.
struct Origin<'a> {
    name: &'a str,
    line: Option<usize>,
}

impl std::fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(n) => write!(f, "{}:{n}", self.name),
            None => write!(f, "{}", self.name),
        }
    }
}

pub fn run(args: CleanArgs) -> Result<i32> {
    let pipeline = args.pipeline.build()?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let files = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files.clone() };
    let progress = Progress::new("clean", files.len());
    let mut failed = 0usize;
    for (n, path) in files.iter().enumerate() {
        let name = path.display().to_string();
        let bytes = read_input(path)?;
        let html = args.html || name.ends_with(".html") || name.ends_with(".htm");
        let pages: Vec<(Origin, Result<Page>)> = if args.jsonl {
            bytes
                .split(|&b| b == b'\n')
                .enumerate()
                .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
                .map(|(i, l)| (Origin { name: &name, line: Some(i + 1) }, Page::from_json(l, false)))
                .collect()
        } else {
            let page = Page { url: args.url.clone(), format: if html { Format::Html } else { Format::Text }, ..Page::text(bytes) };
            vec![(Origin { name: &name, line: None }, Ok(page))]
        };
        for (origin, page) in pages {
            let result = page.and_then(|p| pipeline.clean(p, args.explain));
            match result {
                Ok(outcome) => {
                    let json = serde_json::to_string(&outcome.record).map_err(|e| Error::internal(e.to_string()))?;
                    if let Err(e) = writeln!(out, "{json}") {
                        return broken_pipe_is_success(e);
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("boilerstrip: {origin}: {e} [{}]", e.code().as_str());
                }
            }
        }
        progress.set(n + 1);
    }
    if let Err(e) = out.flush() {
        return broken_pipe_is_success(e);
    }
    Ok(if failed > 0 { 1 } else { 0 })
}

fn read_input(path: &PathBuf) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().lock().read_to_end(&mut buf).map_err(|e| Error::io("<stdin>", e))?;
    } else {
        let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        f.read_to_end(&mut buf).map_err(|e| Error::io(path, e))?;
    }
    Ok(buf)
}

fn broken_pipe_is_success(e: std::io::Error) -> Result<i32> {
    if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(0) } else { Err(Error::io("<stdout>", e)) }
}
