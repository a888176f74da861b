//! boilerstrip: strip menus, related lists, widgets, template residue and
//! footers from scraped pages, and keep the article.
//!
//! The library is the whole product; `main.rs` only parses flags.
//! - [`pipeline`]: page in, clean [`record::Record`] out (pure, CPU-bound).
//! - [`patterns`]: the pattern sets under `config/patterns/`, compiled once.
//! - [`envelope`]: the input format shared by the CLI and the daemon.
//! - [`eval`]: the corpus scorer, equal to `shared/tools/score.py`.
//! - [`daemon`]: the NATS JetStream worker (`boilerstrip run`).
//! - [`bench`](mod@bench): throughput measurements against same-run ceilings.
//! - [`cli`]: the command line.
//!
//! ```
//! use boilerstrip::{Page, PipelineBuilder};
//!
//! let pipeline = PipelineBuilder::new().patterns_dir("config/patterns").build()?;
//! let page = "Home | News | Contact\n\n\
//!     The council voted on Monday to extend the harbour wall, a project debated for a decade.\n\n\
//!     Residents said they were relieved, although some worried about the fishing season.\n\n\
//!     Copyright 2024 Harbour Times. All rights reserved.";
//! let record = pipeline.clean(Page::text(page), false)?.record;
//! assert!(record.text.starts_with("The council voted"));
//! assert!(!record.text.contains("Home | News") && !record.text.contains("All rights reserved"));
//! # Ok::<(), boilerstrip::Error>(())
//! ```

pub mod bench;
pub mod cli;
pub mod daemon;
pub mod envelope;
pub mod error;
pub mod eval;
mod fxhash;
pub mod patterns;
pub mod pipeline;
pub mod record;
mod swar;

pub use envelope::Page;
pub use error::{Error, ErrorCode, Result};
pub use pipeline::{Pipeline, PipelineBuilder};
pub use record::Record;
