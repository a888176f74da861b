//! The crate's one error type.
//!
//! Errors carry a private kind so that callers match on the stable
//! [`Error::code`] (used as the dead-letter code and the exit status) rather
//! than on the representation. `Display` is written by hand and always names
//! what failed and where: a pattern error names its file and line.

use std::fmt;
use std::path::PathBuf;

/// Every failure boilerstrip reports, from start-up to a single bad page.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// A pattern file is malformed: the file, its 1-based line and why.
    Pattern { path: PathBuf, line: usize, msg: String },
    /// A config file or flag is invalid.
    Config { msg: String },
    /// Reading or writing a file failed.
    Io { path: PathBuf, err: std::io::Error },
    /// The page payload is not valid JSON, or not an object.
    InvalidJson { msg: String },
    /// The envelope lacks a field it needs.
    MissingField { field: &'static str },
    /// The page is larger than the configured cap.
    TooLarge { size: usize, limit: usize },
    /// The page is binary or cannot be decoded as text.
    Undecodable { msg: String },
    /// The page could not be processed for a reason that is our fault.
    Internal { msg: String },
}

/// The stable, machine-readable error codes.
///
/// Page-level codes travel as the `Boilerstrip-Error` dead-letter header and
/// as the `reason` label of `boilerstrip_pages_dead_lettered_total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    Pattern,
    Config,
    Io,
    InvalidJson,
    MissingField,
    TooLarge,
    Undecodable,
    Internal,
}

impl ErrorCode {
    /// The code as it appears in headers, metrics and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Pattern => "pattern",
            ErrorCode::Config => "config",
            ErrorCode::Io => "io",
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::Undecodable => "undecodable",
            ErrorCode::Internal => "internal",
        }
    }

    /// The process exit status the CLI uses for this code.
    pub fn exit_status(self) -> i32 {
        match self {
            ErrorCode::Config | ErrorCode::Pattern => 2,
            ErrorCode::Io => 3,
            _ => 4,
        }
    }
}

impl Error {
    pub(crate) fn pattern(path: impl Into<PathBuf>, line: usize, msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Pattern { path: path.into(), line, msg: msg.into() } }
    }
    pub(crate) fn config(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Config { msg: msg.into() } }
    }
    pub(crate) fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Error {
        Error { kind: ErrorKind::Io { path: path.into(), err } }
    }
    pub(crate) fn invalid_json(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::InvalidJson { msg: msg.into() } }
    }
    pub(crate) fn missing_field(field: &'static str) -> Error {
        Error { kind: ErrorKind::MissingField { field } }
    }
    pub(crate) fn too_large(size: usize, limit: usize) -> Error {
        Error { kind: ErrorKind::TooLarge { size, limit } }
    }
    pub(crate) fn undecodable(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Undecodable { msg: msg.into() } }
    }
    pub(crate) fn internal(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Internal { msg: msg.into() } }
    }

    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self.kind {
            ErrorKind::Pattern { .. } => ErrorCode::Pattern,
            ErrorKind::Config { .. } => ErrorCode::Config,
            ErrorKind::Io { .. } => ErrorCode::Io,
            ErrorKind::InvalidJson { .. } => ErrorCode::InvalidJson,
            ErrorKind::MissingField { .. } => ErrorCode::MissingField,
            ErrorKind::TooLarge { .. } => ErrorCode::TooLarge,
            ErrorKind::Undecodable { .. } => ErrorCode::Undecodable,
            ErrorKind::Internal { .. } => ErrorCode::Internal,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Pattern { path, line, msg } => {
                write!(f, "{}:{}: {}", path.display(), line, msg)
            }
            ErrorKind::Config { msg } => write!(f, "invalid configuration: {msg}"),
            ErrorKind::Io { path, err } => write!(f, "{}: {}", path.display(), err),
            ErrorKind::InvalidJson { msg } => write!(f, "payload is not a valid JSON envelope: {msg}"),
            ErrorKind::MissingField { field } => write!(f, "envelope is missing the field `{field}`"),
            ErrorKind::TooLarge { size, limit } => {
                write!(f, "page is {size} bytes, over the limit of {limit} bytes")
            }
            ErrorKind::Undecodable { msg } => write!(f, "page cannot be decoded as text: {msg}"),
            ErrorKind::Internal { msg } => write!(f, "internal error: {msg}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { err, .. } => Some(err),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
