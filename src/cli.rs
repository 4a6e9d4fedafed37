//! Command-line arguments (clap). Binary-only: the library never sees clap.
//!
//! Pipeline semantics live in the config file; flags override them (defaults < file < flags).
//! Runtime knobs (threads, listen address, log level) are flags only.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Cleans streams of scraped articles: removes injected spam links, repeated paragraphs and
/// boilerplate, and drops near-duplicate documents, explaining every removal.
#[derive(Debug, Parser)]
#[command(name = "gleaner", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// More log output (-v: debug, -vv: trace). GLEANER_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only warnings and errors on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Clean JSON Lines (or text articles) from files or stdin to stdout.
    Clean(CleanArgs),
    /// Measure throughput on a generated corpus.
    Bench(BenchArgs),
    /// Validate a configuration and print it with every default filled in.
    CheckConfig(CheckConfigArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// JSON Lines, one record per line.
    Jsonl,
    /// Plain text: each input is one article, its first non-empty line the title.
    Text,
}

/// Options shared by the commands that build an engine.
#[derive(Debug, Args, Clone)]
pub struct EngineArgs {
    /// TOML configuration (see config/gleaner.toml for every key and its default).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Field holding the article text.
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// Field holding the title.
    #[arg(long, value_name = "NAME")]
    pub title_field: Option<String>,
    /// Field holding the article's URL.
    #[arg(long, value_name = "NAME")]
    pub url_field: Option<String>,
    /// Field holding the record id.
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
    /// Longest input line accepted, in bytes [default: 16 MiB].
    #[arg(long, value_name = "BYTES")]
    pub max_record_bytes: Option<u64>,
    /// Most fingerprints held; the oldest are evicted first [default: 10000000].
    #[arg(long, value_name = "N")]
    pub max_docs: Option<usize>,
    /// Load the index and statistics from DIR at start and save them there at the end.
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// Write the score and signals of every URL found into each explanation.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct CleanArgs {
    /// Input files (`-` or none: stdin). `.gz` and `.zst` are decompressed (by magic bytes).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write cleaned records here instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write duplicates and malformed lines here (JSON Lines). Without it they are counted and
    /// logged.
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// Input format.
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    pub format: FormatArg,
    /// Output format [default: the input format].
    #[arg(long, value_enum)]
    pub output_format: Option<FormatArg>,
    /// Keep near-duplicates in the output (marked `duplicate`) instead of the rejects.
    #[arg(long)]
    pub keep_duplicates: bool,
    /// Stop at the first malformed line (exit 1).
    #[arg(long)]
    pub strict: bool,
    /// Most bytes read from one input after decompression [default: 64 GiB].
    #[arg(long, value_name = "BYTES")]
    pub max_input_bytes: Option<u64>,
    /// Worker threads [default: available cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Records to generate.
    #[arg(long, default_value_t = 20_000)]
    pub docs: usize,
    /// Share of records that duplicate an earlier one.
    #[arg(long, default_value_t = 0.1)]
    pub dup_rate: f64,
    /// Seed of the corpus generator.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Worker threads [default: available cores].
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// `all` runs the whole pipeline; `none` only parses and serialises (the I/O floor).
    #[arg(long, value_enum, default_value_t = StagesArg::All)]
    pub stages: StagesArg,
    /// Timed repetitions; the median is reported.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Write the generated corpus to FILE and exit (for comparing other tools on it).
    #[arg(long, value_name = "FILE")]
    pub write_corpus: Option<PathBuf>,
    /// Print the result as one JSON object.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StagesArg {
    /// Every stage.
    All,
    /// Parse and serialise only.
    None,
}

#[derive(Debug, Args)]
pub struct CheckConfigArgs {
    /// The configuration to check [default: the built-in defaults].
    #[arg(value_name = "FILE")]
    pub config: Option<PathBuf>,
}
