//! `/metrics` in the Prometheus text exposition format (version 0.0.4), written by hand.
//!
//! Why not a crate: the record counts already live in the engine's [`Totals`] (they survive a
//! restart with the snapshot), so the only metrics the daemon keeps itself are a latency
//! histogram, a few request counters and snapshot gauges: a page of atomics. The `prometheus`
//! crate brings a global registry and protobuf, `metrics` plus an exporter brings its own
//! HTTP stack; neither would remove any of the code below that reads `Totals`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::engine::{EngineStats, Totals};

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 14] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// A latency histogram of atomics: observing never locks.
#[derive(Debug, Default)]
pub(crate) struct Histogram {
    /// Per bucket (not cumulative), plus one for +Inf.
    counts: [AtomicU64; BUCKETS.len() + 1],
    sum_nanos: AtomicU64,
}

impl Histogram {
    pub(crate) fn observe(&self, d: Duration) {
        let s = d.as_secs_f64();
        let i = BUCKETS.iter().position(|b| s <= *b).unwrap_or(BUCKETS.len());
        self.counts[i].fetch_add(1, Ordering::Relaxed);
        self.sum_nanos.fetch_add(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    pub(crate) fn write(&self, out: &mut String, name: &str, labels: &str) {
        let mut cum = 0u64;
        for (i, b) in BUCKETS.iter().enumerate() {
            cum += self.counts[i].load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{{labels},le=\"{b}\"}} {cum}");
        }
        cum += self.counts[BUCKETS.len()].load(Ordering::Relaxed);
        let _ = writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {cum}");
        let sum = self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9;
        let _ = writeln!(out, "{name}_sum{{{labels}}} {sum}");
        let _ = writeln!(out, "{name}_count{{{labels}}} {cum}");
    }
}

/// What the last snapshot did.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct SnapshotGauges {
    /// Unix time of the last successful save or load.
    pub(crate) last_success_unix: Option<f64>,
    /// Seconds the last save took (encode and write).
    pub(crate) last_duration: Option<f64>,
    /// Bytes of the last snapshot written.
    pub(crate) last_bytes: Option<u64>,
    /// Successful saves.
    pub(crate) saves: u64,
    /// Failed saves.
    pub(crate) failures: u64,
}

/// The daemon's own metrics (the engine keeps the record counts).
#[derive(Debug, Default)]
pub(crate) struct Metrics {
    pub(crate) single: Histogram,
    pub(crate) batch: Histogram,
    /// Requests refused before any record was decided, by reason.
    rejected: Mutex<BTreeMap<&'static str, u64>>,
    /// Responses by status code.
    responses: Mutex<BTreeMap<u16, u64>>,
    pub(crate) snapshot: Mutex<SnapshotGauges>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding one of these locks leaves a counter, never a broken invariant.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Metrics {
    pub(crate) fn rejected(&self, reason: &'static str) {
        *lock(&self.rejected).entry(reason).or_default() += 1;
    }

    pub(crate) fn response(&self, status: u16) {
        *lock(&self.responses).entry(status).or_default() += 1;
    }

    pub(crate) fn snapshot(&self) -> std::sync::MutexGuard<'_, SnapshotGauges> {
        lock(&self.snapshot)
    }
}

/// Everything one scrape shows, gathered by the caller (the engine's part under its lock).
#[derive(Debug)]
pub(crate) struct Scrape {
    pub(crate) totals: Option<Totals>,
    pub(crate) stats: Option<EngineStats>,
    pub(crate) ready: bool,
    pub(crate) in_flight: usize,
    pub(crate) max_in_flight: usize,
    pub(crate) now_unix: f64,
    pub(crate) rss_bytes: Option<u64>,
}

/// Escapes a label value (backslash, double quote, newline).
pub(crate) fn esc(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

pub(crate) fn head(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

pub(crate) fn one(out: &mut String, name: &str, kind: &str, help: &str, v: impl std::fmt::Display) {
    head(out, name, kind, help);
    let _ = writeln!(out, "{name} {v}");
}

/// URLs and paragraphs removed, by reason (the daemon's and the worker's metrics alike).
pub(crate) fn removals(out: &mut String, t: &Totals) {
    by_label(
        out,
        "gleaner_urls_removed_total",
        "URLs removed from records, by reason.",
        "reason",
        t.urls_by_reason.iter().map(|(k, v)| (k.as_str(), *v)),
    );
    by_label(
        out,
        "gleaner_paragraphs_removed_total",
        "Paragraphs removed from records, by reason.",
        "reason",
        t.paragraphs_by_reason.iter().map(|(k, v)| (k.as_str(), *v)),
    );
}

pub(crate) fn by_label<'a>(
    out: &mut String,
    name: &str,
    help: &str,
    label: &str,
    items: impl IntoIterator<Item = (&'a str, u64)>,
) {
    head(out, name, "counter", help);
    for (k, v) in items {
        let _ = writeln!(out, "{name}{{{label}=\"{}\"}} {v}", esc(k));
    }
}

impl Metrics {
    /// The exposition text.
    pub(crate) fn render(&self, s: &Scrape) -> String {
        let mut out = String::with_capacity(8 << 10);
        one(
            &mut out,
            "gleaner_ready",
            "gauge",
            "1 once the state is loaded and until shutdown begins.",
            u8::from(s.ready),
        );
        if let Some(t) = &s.totals {
            by_label(
                &mut out,
                "gleaner_records_total",
                "Records decided since the state began (kept over restarts by the snapshot), by verdict.",
                "verdict",
                [("kept", t.kept), ("duplicate", t.duplicates), ("empty", t.empty), ("malformed", t.malformed)],
            );
            removals(&mut out, t);
            by_label(
                &mut out,
                "gleaner_malformed_records_total",
                "Records rejected as malformed (400 or an error line), by reason.",
                "reason",
                t.malformed_by_reason.iter().map(|(k, v)| (k.as_str(), *v)),
            );
        }
        {
            let r = lock(&self.rejected);
            by_label(
                &mut out,
                "gleaner_rejected_requests_total",
                "Requests refused before any record was decided, by reason.",
                "reason",
                r.iter().map(|(k, v)| (*k, *v)),
            );
        }
        {
            let r = lock(&self.responses);
            head(&mut out, "gleaner_http_responses_total", "counter", "HTTP responses, by status code.");
            for (code, v) in r.iter() {
                let _ = writeln!(out, "gleaner_http_responses_total{{code=\"{code}\"}} {v}");
            }
        }
        head(
            &mut out,
            "gleaner_request_duration_seconds",
            "histogram",
            "Time to answer POST /v1/clean: a single record to its response, a batch to its last line.",
        );
        self.single.write(&mut out, "gleaner_request_duration_seconds", "kind=\"single\"");
        self.batch.write(&mut out, "gleaner_request_duration_seconds", "kind=\"batch\"");
        one(&mut out, "gleaner_requests_in_flight", "gauge", "Requests to /v1/clean being processed.", s.in_flight);
        one(
            &mut out,
            "gleaner_requests_in_flight_max",
            "gauge",
            "Most requests processed at once (--max-in-flight); more are shed with 503.",
            s.max_in_flight,
        );
        if let Some(st) = &s.stats {
            one(
                &mut out,
                "gleaner_index_documents",
                "gauge",
                "Documents held by the near-duplicate index.",
                st.indexed,
            );
            one(&mut out, "gleaner_index_bytes", "gauge", "Heap bytes of the near-duplicate index.", st.index_bytes);
            one(
                &mut out,
                "gleaner_index_id_bytes",
                "gauge",
                "Bytes of record ids held by the index.",
                st.index_id_bytes,
            );
            one(
                &mut out,
                "gleaner_index_evicted_total",
                "counter",
                "Documents evicted from the index (max_docs or the time window).",
                st.evicted,
            );
            one(
                &mut out,
                "gleaner_boilerplate_entries",
                "gauge",
                "Per-site paragraph counters held for boilerplate detection.",
                st.boilerplate_entries,
            );
            one(
                &mut out,
                "gleaner_boilerplate_bytes",
                "gauge",
                "Heap bytes of the boilerplate counters (capped by boilerplate.max_entries).",
                st.boilerplate_bytes,
            );
            one(&mut out, "gleaner_campaign_targets", "gauge", "Link-campaign targets tracked.", st.campaign_targets);
            one(
                &mut out,
                "gleaner_campaign_bytes",
                "gauge",
                "Heap bytes of the link-campaign targets (capped by urls.campaign_max_targets).",
                st.campaign_bytes,
            );
        }
        if let Some(rss) = s.rss_bytes {
            one(&mut out, "process_resident_memory_bytes", "gauge", "Resident memory of the process.", rss);
        }
        let snap = *lock(&self.snapshot);
        if let Some(t) = snap.last_success_unix {
            one(
                &mut out,
                "gleaner_snapshot_age_seconds",
                "gauge",
                "Seconds since the state was last saved (or loaded).",
                format!("{:.3}", (s.now_unix - t).max(0.0)),
            );
            one(
                &mut out,
                "gleaner_snapshot_last_success_timestamp_seconds",
                "gauge",
                "Unix time the state was last saved (or loaded).",
                format!("{t:.3}"),
            );
        }
        if let Some(d) = snap.last_duration {
            one(
                &mut out,
                "gleaner_snapshot_duration_seconds",
                "gauge",
                "Seconds the last snapshot took to encode and write.",
                format!("{d:.6}"),
            );
        }
        if let Some(b) = snap.last_bytes {
            one(&mut out, "gleaner_snapshot_bytes", "gauge", "Size of the last snapshot written.", b);
        }
        one(&mut out, "gleaner_snapshots_total", "counter", "Snapshots written.", snap.saves);
        one(&mut out, "gleaner_snapshot_failures_total", "counter", "Snapshots that failed to write.", snap.failures);
        out
    }
}

/// Resident memory of this process (Linux: `VmRSS` in `/proc/self/status`).
pub(crate) fn rss_bytes() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_is_cumulative_with_inf_sum_and_count() {
        let h = Histogram::default();
        h.observe(Duration::from_micros(300));
        h.observe(Duration::from_millis(3));
        h.observe(Duration::from_secs(20));
        let mut s = String::new();
        h.write(&mut s, "x", "k=\"a\"");
        assert!(s.contains("x_bucket{k=\"a\",le=\"0.0005\"} 1\n"), "{s}");
        assert!(s.contains("x_bucket{k=\"a\",le=\"0.005\"} 2\n"), "{s}");
        assert!(s.contains("x_bucket{k=\"a\",le=\"10\"} 2\n"), "{s}");
        assert!(s.contains("x_bucket{k=\"a\",le=\"+Inf\"} 3\n"), "{s}");
        assert!(s.contains("x_count{k=\"a\"} 3\n"), "{s}");
        assert!(s.contains("x_sum{k=\"a\"} 20.0033\n"), "{s}");
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(esc("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
