//! The `boilerstrip` binary as a user runs it: exit codes, error messages,
//! JSONL in and out, a closed pipe, and `eval` against the reference scorer.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_boilerstrip"));
    c.current_dir(common::repo());
    c
}

const PROSE: &str = "The council voted on Monday to extend the harbour wall by two hundred metres, a project debated for a decade.";

fn run_with_stdin(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn clean_reads_stdin_and_prints_one_record() {
    let (code, out, _) = run_with_stdin(&["clean"], &format!("Home\n\n{PROSE}\n\n{PROSE} Again."));
    assert_eq!(code, 0);
    let records: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 1);
    assert!(records[0]["text"].as_str().unwrap().starts_with("The council"));
}

#[test]
fn jsonl_errors_name_the_line_and_the_run_goes_on() {
    let input = format!("{{\"id\":\"a\",\"text\":\"{PROSE}\"}}\nnot json\n{{\"url\":\"https://x.example/\"}}\n{{\"id\":\"b\",\"text\":\"{PROSE}\"}}\n");
    let (code, out, err) = run_with_stdin(&["clean", "--jsonl"], &input);
    assert_eq!(code, 1, "some pages failed");
    assert_eq!(out.lines().count(), 2);
    assert!(err.contains("-:2: payload is not a valid JSON envelope") && err.contains("[invalid_json]"), "{err}");
    assert!(err.contains("-:3: envelope is missing the field `text`") && err.contains("[missing_field]"), "{err}");
}

#[test]
fn exit_codes_for_missing_files_and_bad_patterns() {
    let out = bin().args(["clean", "/no/such/file.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"));

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("lang")).unwrap();
    std::fs::write(dir.path().join("lang/en.pat"), "[drop]\nfine\n[footre]\n").unwrap();
    let out = bin().args(["clean", "--patterns"]).arg(dir.path()).stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en.pat:3: unknown section [footre]"), "{err}");
}

#[test]
fn a_closed_stdout_pipe_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    std::fs::write(&page, format!("{PROSE}\n").repeat(200)).unwrap();
    let files: Vec<_> = (0..300).map(|_| page.clone()).collect();
    let mut child = bin().arg("clean").args(&files).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn check_config_validates_the_example() {
    let out = bin().args(["check-config", "--config", "config/boilerstrip.toml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok: config valid"));
}

/// `eval` must print exactly what shared/tools/score.py prints for the same
/// predictions. Runs where the shared corpus sits beside the repository (as
/// in CI); elsewhere it says why it did not.
#[test]
fn eval_prints_what_score_py_prints() {
    let shared = common::repo().join("../shared");
    let scorer = shared.join("tools/score.py");
    let sets: Vec<_> = ["vi-seeds", "cleaneval-dev"].iter().map(|s| shared.join("corpus").join(s)).filter(|p| p.is_dir()).collect();
    if !scorer.exists() || sets.is_empty() {
        eprintln!("SKIPPED eval_prints_what_score_py_prints: {} not present", scorer.display());
        return;
    }
    let pred = tempfile::tempdir().unwrap();
    let out = bin().arg("eval").arg("--predictions").arg(pred.path()).args(&sets).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let ours: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().filter(|l| l.starts_with('{')).map(str::to_string).collect();
    assert_eq!(ours.len(), sets.len());
    for (set, line) in sets.iter().zip(&ours) {
        let name = set.file_name().unwrap();
        let theirs = Command::new("python3").arg(&scorer).arg(set).arg(pred.path().join(name)).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&theirs.stdout).trim(), line, "{name:?}");
    }
}

#[test]
fn eval_html_on_a_set_without_pages_says_so() {
    let out = bin().args(["eval", "--html", "tests/data/vi-seeds"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no <id>.html.gz page") && err.contains("without --html"), "{err}");
    assert!(out.stdout.is_empty());
}
