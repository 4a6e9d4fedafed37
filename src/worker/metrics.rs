//! The worker's `/metrics` (Prometheus text format), written with the daemon's helpers
//! (`daemon/metrics.rs`): records by verdict, entries by outcome, batch latency, Redis errors,
//! and the group's lag and pending count, which only Redis knows and which are read at scrape.

use std::sync::Mutex;

use crate::daemon::metrics::{Histogram, by_label, head, one, removals};
use crate::engine::Totals;
use crate::worker::EntryCounts;

/// What the worker loop publishes after each batch.
#[derive(Debug, Default)]
struct Snapshot {
    totals: Totals,
    entries: EntryCounts,
    redis_errors: u64,
}

/// The worker's metrics.
#[derive(Debug, Default)]
pub struct WorkerMetrics {
    pub(crate) batch: Histogram,
    last: Mutex<Snapshot>,
}

/// What a scrape reads from Redis.
#[derive(Debug, Clone, Copy, Default)]
pub struct GroupGauges {
    /// Entries of the stream not yet delivered to the group (`XINFO GROUPS` lag; `None` when
    /// Redis cannot tell, e.g. after deletions).
    pub lag: Option<u64>,
    /// Entries delivered and not yet acknowledged, all consumers (`XPENDING`).
    pub pending: u64,
    /// Documents in the shared index.
    pub index_documents: u64,
}

impl WorkerMetrics {
    pub(crate) fn update(&self, totals: &Totals, entries: &EntryCounts, redis_errors: u64) {
        let mut s = self.last.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        s.totals.clone_from(totals);
        s.entries = *entries;
        s.redis_errors = redis_errors;
    }

    /// The exposition text; `group` is `None` when Redis could not be asked.
    pub fn render(&self, group: Option<GroupGauges>) -> String {
        let s = self.last.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut out = String::with_capacity(4 << 10);
        let t = &s.totals;
        by_label(
            &mut out,
            "gleaner_records_total",
            "Records decided by this worker, by verdict.",
            "verdict",
            [("kept", t.kept), ("duplicate", t.duplicates), ("empty", t.empty), ("malformed", t.malformed)],
        );
        removals(&mut out, t);
        let e = &s.entries;
        by_label(
            &mut out,
            "gleaner_worker_entries_total",
            "Input entries by outcome: written to output or rejects, dropped (a reject without a \
             rejects stream), written_before (a redelivery: nothing written twice), lost_to_claim \
             (claimed by another worker meanwhile), not_pending, deleted.",
            "outcome",
            [
                ("output", e.output),
                ("rejects", e.rejects),
                ("dropped", e.dropped),
                ("written_before", e.written_before),
                ("lost_to_claim", e.lost_to_claim),
                ("not_pending", e.not_pending),
                ("deleted", e.deleted),
            ],
        );
        one(&mut out, "gleaner_worker_entries_read_total", "counter", "Input entries read.", e.read);
        one(
            &mut out,
            "gleaner_worker_claimed_total",
            "counter",
            "Entries claimed from consumers idle longer than --claim-idle.",
            e.claimed,
        );
        one(
            &mut out,
            "gleaner_redis_errors_total",
            "counter",
            "Redis calls that failed with a transient error and were retried.",
            s.redis_errors,
        );
        head(&mut out, "gleaner_worker_batch_duration_seconds", "histogram", "Time to clean, write and ack a batch.");
        self.batch.write(&mut out, "gleaner_worker_batch_duration_seconds", "stage=\"all\"");
        if let Some(g) = group {
            if let Some(lag) = g.lag {
                one(&mut out, "gleaner_stream_lag", "gauge", "Entries not yet delivered to the group.", lag);
            }
            one(
                &mut out,
                "gleaner_stream_pending",
                "gauge",
                "Entries delivered to the group and not yet acknowledged.",
                g.pending,
            );
            one(&mut out, "gleaner_index_documents", "gauge", "Documents in the shared index.", g.index_documents);
        }
        one(&mut out, "gleaner_redis_up", "gauge", "1 when Redis answered this scrape.", u8::from(group.is_some()));
        out
    }
}
