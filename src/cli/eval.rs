//! `boilerstrip eval`: score the pipeline on labelled corpus sets.
//!
//! For each set it prints a header, the exact JSON line
//! `shared/tools/score.py` prints for the same predictions, and the share of
//! metadata fields right. `--predictions DIR` writes `<id>.json` files so the
//! script itself can check: `score.py SET DIR/<set>`.

use super::PipelineFlags;
use super::progress::Progress;
use crate::envelope::Format;
use crate::error::{Error, Result};
use crate::eval;
use crate::eval::score::DocScore;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Corpus set folders holding <id>.txt / <id>.html.gz and <id>.gold.json.
    #[arg(required = true)]
    pub sets: Vec<PathBuf>,
    /// Read the HTML pages (<id>.html.gz) instead of the text (<id>.txt).
    #[arg(long)]
    pub html: bool,
    /// Write predictions to DIR/<set name>/<id>.json.
    #[arg(long, value_name = "DIR")]
    pub predictions: Option<PathBuf>,
    /// Print per-document scores on stderr.
    #[arg(long)]
    pub per_doc: bool,
    #[command(flatten)]
    pub pipeline: PipelineFlags,
}

pub fn run(args: EvalArgs) -> Result<i32> {
    let pipeline = args.pipeline.build()?;
    let format = if args.html { Format::Html } else { Format::Text };
    let suffix = if args.html { ".html.gz" } else { ".txt" };
    for set in &args.sets {
        let name = set.file_name().map_or_else(|| set.display().to_string(), |n| n.to_string_lossy().into_owned());
        let docs = eval::load_set(set, format)?;
        let missing = docs.iter().filter(|d| d.input.is_none()).count();
        if missing == docs.len() {
            let hint = if args.html { "; score its text pages without --html" } else { "" };
            return Err(Error::config(format!("{}: no <id>{suffix} page to read for any label{hint}", set.display())));
        }
        if missing > 0 {
            eprintln!("boilerstrip: {name}: {missing} of {} labels have no readable <id>{suffix}; they score as empty output", docs.len());
        }
        let progress = Progress::new(&name, docs.len());
        let records = eval::run(&pipeline, &docs, format, &|n| progress.set(n));
        let scores = eval::score_records(&docs, &records);
        let meta = eval::score_meta(&docs, &records);
        println!("== {name} ({} docs, {})", docs.len(), if args.html { "html" } else { "text" });
        println!("{}", scores.to_json());
        if !meta.fields.is_empty() {
            println!("meta {}", meta.to_json());
            println!("meta_wrong {}", meta.wrong_json());
        }
        if let Some(dir) = &args.predictions {
            eval::write_predictions(&dir.join(&name), &docs, &records)?;
        }
        if args.per_doc {
            for d in &scores.per_doc {
                match d {
                    DocScore::Body { id, p, r, f, lost, leaked } => {
                        eprintln!("{name}/{id}\tp={p:.3}\tr={r:.3}\tf={f:.3}\tlost={lost}\tleaked={leaked}")
                    }
                    DocScore::Snippets { id, keep_hit, keep_n, drop_hit, drop_n } => {
                        eprintln!("{name}/{id}\tkeep={keep_hit}/{keep_n}\tdrop={drop_hit}/{drop_n}")
                    }
                }
            }
        }
    }
    Ok(0)
}
