//! A progress bar on stderr, drawn only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Progress {
    total: usize,
    label: String,
    last: Mutex<Option<Instant>>,
    enabled: bool,
}

impl Progress {
    pub fn new(label: &str, total: usize) -> Progress {
        let enabled = std::io::stderr().is_terminal() && total > 1;
        Progress { total, label: label.to_string(), last: Mutex::new(None), enabled }
    }

    pub fn set(&self, done: usize) {
        if !self.enabled {
            return;
        }
        let mut last = self.last.lock().expect("progress lock");
        let due = last.is_none_or(|t| t.elapsed() >= Duration::from_millis(100));
        if !due && done < self.total {
            return;
        }
        *last = Some(Instant::now());
        let width = 30;
        let filled = done * width / self.total.max(1);
        eprint!("\r{} [{}{}] {done}/{}", self.label, "=".repeat(filled), " ".repeat(width - filled), self.total);
        if done >= self.total {
            eprintln!();
        }
        let _ = std::io::stderr().flush();
    }
}
