//! gleaner cleans streams of scraped articles: it removes injected promotional URLs, repeated
//! paragraphs, title echoes and site boilerplate, and drops near-duplicate documents, saying
//! why for every removal, with nothing ever lost silently.
//!
//! # Data flow
//!
//! ```text
//! line ──parse──▶ Analysis ──(in input order)──▶ Decision ──render──▶ cleaned record │ reject
//!        (per record, parallel)   links · repeats · boilerplate · index   (parallel)
//! ```
//!
//! A line is decoded ([`record`]), split into paragraphs and tokens ([`text`]), and every
//! stage looks at it (`stages`); what depends on the stream (link campaigns, site
//! boilerplate, the near-duplicate index) is decided in input order, so the output is the same
//! bytes for any number of threads. Bad lines become reject lines with their line number and
//! the stream goes on: records in = records out + records rejected.
//!
//! # Layout
//!
//! * [`config`] — the TOML configuration and `build()` into an [`Engine`].
//! * [`engine`] — the three phases of one record, synchronous and pure.
//! * `stages` — links, repeats, near duplicates: pure algorithms on `&str`.
//! * [`pipeline`] — the async `clean` pipeline: reader thread, bounded channels, a CPU pool,
//!   an ordered writer.
//! * [`daemon`] — `gleaner serve`: the engine behind HTTP (axum), shared by all connections,
//!   with linearizable decisions, load shedding, metrics and snapshots.
//! * [`snapshot`] — the index and statistics as bytes, versioned and checksummed; [`state`]
//!   writes and reads them as files.
//! * [`shared`] — the near-duplicate index and boilerplate counts in Redis (`--index`), so
//!   that many processes act as one filter; atomic check-and-insert in one Lua script.
//! * [`worker`] — `gleaner worker`: a Redis Streams consumer-group worker on the shared index,
//!   exactly one result per input entry.
//! * [`corpus`] — the deterministic benchmark corpus shared by `benches/` and `gleaner bench`.

pub mod config;
pub mod corpus;
pub mod daemon;
pub mod engine;
pub mod error;
mod hugepages;
pub mod pipeline;
#[doc(hidden)]
pub mod probe;
pub mod record;
pub mod shared;
pub mod snapshot;
pub(crate) mod stages;
pub mod state;
pub mod text;
pub mod worker;

pub use config::Config;
pub use daemon::{ServeOptions, serve};
pub use engine::{
    Analyzer, Decided, Engine, EngineStats, Laps, LinkReport, Output, Prepared, RenderOptions, Stage, Totals,
};
pub use error::{ConfigError, RecordError};
pub use pipeline::{Counts, run};
pub use record::{Explanation, LinePos, Reject, Verdict};
pub use stages::apply_findings;
pub use stages::links::{LinksConfig, SignalWeights};
pub use stages::neardup::{
    Candidate, DigitSketch, DocEntry, NearDupConfig, Plan, SimIndex, Sketch, hamming, simhash, simhash_reference,
};
pub use stages::repeats::{BoilerplateConfig, RepeatsConfig};
