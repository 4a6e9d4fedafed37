//! Error types of the library: configuration problems and bad records.
//!
//! A bad record is data, not a failure: [`RecordError`] becomes a reject line and the stream
//! goes on. [`ConfigError`] stops gleaner before it reads anything, listing every problem.

use std::fmt;

use thiserror::Error;

/// One problem found in a configuration, with the key path it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted key path, e.g. `neardup.k`.
    pub key: String,
    /// What is wrong, lowercase, no final period.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

/// Why a configuration could not be loaded or built.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid TOML for gleaner's schema (unknown key, wrong type, ...).
    #[error("invalid config file {path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// The parser's message, naming the key.
        message: String,
    },
    /// Values parse but do not make sense; every problem is listed.
    #[error("invalid configuration:\n  {}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n  "))]
    Invalid(Vec<Problem>),
}

/// Why one input line was rejected. Each variant has a stable snake_case [`reason`] code.
///
/// [`reason`]: RecordError::reason
#[derive(Debug, Clone, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The line is empty or holds only whitespace.
    #[error("empty line")]
    EmptyLine,
    /// The line is not valid JSON.
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    /// The line is JSON but not an object.
    #[error("expected a JSON object, found {0}")]
    NotAnObject(&'static str),
    /// A value nests arrays or objects deeper than serde_json accepts.
    #[error("field {field:?} nests deeper than {max} levels")]
    TooDeep {
        /// The field.
        field: String,
        /// The limit.
        max: usize,
    },
    /// The object repeats a key.
    #[error("duplicate key {0:?}")]
    DuplicateKey(String),
    /// The text field is missing.
    #[error("missing text field {0:?}")]
    MissingText(String),
    /// A field has the wrong JSON type.
    #[error("field {field:?} must be {expected}, found {found}")]
    WrongType {
        /// The field name.
        field: String,
        /// What it must be.
        expected: &'static str,
        /// What it is.
        found: &'static str,
    },
    /// The text field holds only whitespace.
    #[error("text field {0:?} is empty")]
    EmptyText(String),
    /// The line is longer than `max_record_bytes`.
    #[error("line of {len} bytes exceeds max_record_bytes ({max})")]
    TooLong {
        /// Bytes seen (at least `max + 1`).
        len: u64,
        /// The limit.
        max: u64,
    },
    /// The input could not be read further (truncated or corrupt compression, size cap, I/O).
    #[error("input error: {0}")]
    Input(String),
    /// A stream entry without the field that holds the record (`gleaner worker`).
    #[error("stream entry has no field {0:?}")]
    MissingField(String),
}

impl RecordError {
    /// Stable machine-readable reason code written as `reason` in reject lines.
    pub fn reason(&self) -> &'static str {
        match self {
            RecordError::InvalidUtf8 { .. } => "invalid_utf8",
            RecordError::EmptyLine => "empty_line",
            RecordError::InvalidJson(_) => "invalid_json",
            RecordError::NotAnObject(_) => "not_an_object",
            RecordError::DuplicateKey(_) => "duplicate_key",
            RecordError::TooDeep { .. } => "too_deep",
            RecordError::MissingText(_) => "missing_text",
            RecordError::WrongType { .. } => "wrong_type",
            RecordError::EmptyText(_) => "empty_text",
            RecordError::TooLong { .. } => "too_long",
            RecordError::Input(_) => "input_error",
            RecordError::MissingField(_) => "missing_field",
        }
    }
}
