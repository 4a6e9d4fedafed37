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
    /// Run the daemon: POST articles to /v1/clean, get them back cleaned with a verdict.
    Serve(ServeArgs),
    /// Clean a Redis Stream as one of many workers sharing one index (see README, "Many
    /// workers on Redis").
    Worker(WorkerArgs),
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
    /// Keep the near-duplicate index and the boilerplate counts in Redis, shared with every
    /// other gleaner using the same URL: redis://HOST:PORT/[DB][?name=INDEX] (INDEX defaults to
    /// `gleaner`), or redis+cluster://HOST:PORT,.../[?name=INDEX]. Excludes --state.
    #[arg(long, value_name = "URL")]
    pub index: Option<String>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0: any free port; the bound address is logged).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7878")]
    pub listen: std::net::SocketAddr,
    /// Largest request body; larger ones get 413, refused from their Content-Length.
    #[arg(long, value_name = "BYTES", default_value_t = 16 << 20)]
    pub max_body_bytes: u64,
    /// Requests processed at once; more get 503 with Retry-After.
    #[arg(long, value_name = "N", default_value_t = 128)]
    pub max_in_flight: usize,
    /// Save the state (--state) this often, and at shutdown; 0: only at shutdown.
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    pub snapshot_every: std::time::Duration,
    /// Forget kept articles older than this (e.g. 30d, 12h, 90m, 3600s) [default: never].
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub window: Option<std::time::Duration>,
    /// Longest wait for a request body (and for the rest of a batch).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration)]
    pub request_timeout: std::time::Duration,
    /// After SIGTERM or SIGINT, longest wait for requests in flight before closing them.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration)]
    pub drain_timeout: std::time::Duration,
    /// Worker threads [default: available cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Keep the near-duplicate index and the boilerplate counts in Redis, shared with every
    /// other gleaner using the same URL: redis://HOST:PORT/[DB][?name=INDEX], or
    /// redis+cluster://HOST:PORT,.../[?name=INDEX]. Excludes --state.
    #[arg(long, value_name = "URL")]
    pub index: Option<String>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// Redis holding the streams: redis://HOST:PORT/[DB], or a Redis Cluster:
    /// redis+cluster://HOST:PORT[,HOST:PORT...]/ (the streams then need one hash tag, e.g.
    /// {news}:in, {news}:out, {news}:rej).
    #[arg(long, value_name = "URL")]
    pub redis: String,
    /// Stream to read; each entry's field `record` holds one article as a JSON object.
    #[arg(long, value_name = "STREAM")]
    pub input: String,
    /// Stream cleaned records are appended to (field `record`, plus `input`: the entry id).
    #[arg(long, value_name = "STREAM")]
    pub output: String,
    /// Stream duplicates, empty and malformed records are appended to. Without it they are
    /// counted and acknowledged only.
    #[arg(long, value_name = "STREAM")]
    pub rejects: Option<String>,
    /// Consumer group shared by the workers (created at the stream's start if missing).
    #[arg(long, value_name = "NAME")]
    pub group: String,
    /// This worker's name in the group [default: HOSTNAME-PID]. A worker restarted under the
    /// same name first finishes the entries it held.
    #[arg(long, value_name = "NAME")]
    pub consumer: Option<String>,
    /// Claim entries another consumer has held this long without acknowledging them (it died).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration_ms)]
    pub claim_idle: std::time::Duration,
    /// The shared index: redis://HOST:PORT/[DB][?name=INDEX] or
    /// redis+cluster://HOST:PORT,.../[?name=INDEX] [default: --redis, index `gleaner`].
    #[arg(long, value_name = "URL")]
    pub index: Option<String>,
    /// Entries read and decided per batch.
    #[arg(long, value_name = "N", default_value_t = 128)]
    pub batch: usize,
    /// How long processed entry ids are remembered (a redelivery within it writes nothing).
    #[arg(long, value_name = "DURATION", default_value = "24h", value_parser = parse_duration_ms)]
    pub remember: std::time::Duration,
    /// After SIGTERM or SIGINT, how long to keep retrying an unreachable Redis before giving
    /// up on the batch in hand (it stays pending for another worker).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration_ms)]
    pub drain_timeout: std::time::Duration,
    /// Keep near-duplicates in the output (marked `duplicate`) instead of the rejects.
    #[arg(long)]
    pub keep_duplicates: bool,
    /// Serve Prometheus metrics (records by verdict, lag, pending) at http://ADDR/metrics.
    #[arg(long, value_name = "ADDR")]
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// Threads of the CPU pool [default: available cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// As [`parse_duration`], also taking milliseconds (`500ms`).
pub fn parse_duration_ms(s: &str) -> Result<std::time::Duration, String> {
    match s.trim().strip_suffix("ms") {
        Some(n) => n
            .trim()
            .parse::<u64>()
            .map(std::time::Duration::from_millis)
            .map_err(|_| format!("{s:?} is not a duration such as 500ms, 30s or 5m")),
        None => parse_duration(s),
    }
}

/// Parses `30d`, `12h`, `90m`, `3600s` or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: u64 = num.parse().map_err(|_| format!("{s:?} is not a duration such as 30d, 12h, 90m or 3600s"))?;
    let mult = match unit {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(format!("unknown unit {unit:?} in {s:?}: use s, m, h or d")),
    };
    n.checked_mul(mult).map(std::time::Duration::from_secs).ok_or_else(|| format!("{s:?} is too long"))
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

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations_take_s_m_h_d_or_bare_seconds() {
        assert_eq!(parse_duration("30d"), Ok(Duration::from_secs(30 * 86_400)));
        assert_eq!(parse_duration("12h"), Ok(Duration::from_secs(12 * 3600)));
        assert_eq!(parse_duration("90m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("3600s"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("15"), Ok(Duration::from_secs(15)));
        assert!(parse_duration("3w").is_err());
        assert!(parse_duration("h").is_err());
        assert!(parse_duration("-1s").is_err());
        assert_eq!(super::parse_duration_ms("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(super::parse_duration_ms("2s"), Ok(Duration::from_secs(2)));
        assert!(super::parse_duration_ms("xms").is_err());
    }
}
