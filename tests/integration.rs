//! The one integration-test binary (ripgrep's layout): every module exercises the real
//! `gleaner` binary or the public library API on files under `tests/fixtures/`.

#[macro_use]
mod util;

mod accounting;
mod cli;
mod config;
mod daemon;
mod dedup;
mod golden;
mod malformed;
mod props;
mod quality;
mod regression;
mod repeats_review;
mod signals;
mod snapshots;
mod spun;
mod state;
mod urls;
mod workers;
