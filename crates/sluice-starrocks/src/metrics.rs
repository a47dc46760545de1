//! Prometheus metrics of the StarRocks sink: every metric name and handle, in one place.
//!
//! [`SinkMetrics::register`] adds the families to a caller's
//! [`prometheus_client::registry::Registry`] (once per registry); every sink given the
//! handle through [`SinkBuilder::metrics`](crate::SinkBuilder::metrics) feeds the series
//! of its table, labelled `table="<database>.<table>"`. Sinks of the same table (the
//! writers of a [`ParallelSink`](crate::ParallelSink)) add to the same series.
//!
//! | name | type | moves when |
//! |---|---|---|
//! | `sluice_starrocks_total_flush_bytes` | counter | a data load succeeded: its body bytes as sent |
//! | `sluice_starrocks_total_flush_rows` | counter | a data load succeeded: its rows |
//! | `sluice_starrocks_total_flush_succeeded_times` | counter | a data load or a transaction commit succeeded |
//! | `sluice_starrocks_total_flush_failed_times` | counter | a data load or a commit failed for good (after retries) |
//! | `sluice_starrocks_total_filtered_rows` | counter | StarRocks answered with `NumberFilteredRows` > 0 |
//! | `sluice_starrocks_flush_latency_seconds` | histogram | a data load succeeded: its wall time, retries included |
//! | `sluice_starrocks_flush_size_bytes` | histogram | a data load succeeded: its body bytes |
//!
//! In the text exposition counters carry OpenMetrics' `_total` suffix on their samples
//! (`sluice_starrocks_total_flush_rows_total{table="db.t"} 3`).

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// The prefix of every metric name.
pub const PREFIX: &str = "sluice_starrocks";

/// The label of every series: the target table.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct TableLabel {
    /// `<database>.<table>`.
    table: String,
}

type HistogramFamily = Family<TableLabel, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    // 5 ms … ~82 s.
    Histogram::new(exponential_buckets(0.005, 2.0, 15))
}

fn size_histogram() -> Histogram {
    // 1 KiB … 4 GiB.
    Histogram::new(exponential_buckets(1024.0, 4.0, 12))
}

/// The metric families of StarRocks sinks, registered in one registry. Cheap to clone;
/// clones share the series.
#[derive(Debug, Clone)]
pub struct SinkMetrics {
    flush_bytes: Family<TableLabel, Counter>,
    flush_rows: Family<TableLabel, Counter>,
    flush_succeeded: Family<TableLabel, Counter>,
    flush_failed: Family<TableLabel, Counter>,
    filtered_rows: Family<TableLabel, Counter>,
    flush_latency: HistogramFamily,
    flush_size: HistogramFamily,
}

impl SinkMetrics {
    /// Registers the families in `registry` (call once per registry) and returns the handle
    /// to give to sinks.
    pub fn register(registry: &mut Registry) -> Self {
        let m = SinkMetrics {
            flush_bytes: Family::default(),
            flush_rows: Family::default(),
            flush_succeeded: Family::default(),
            flush_failed: Family::default(),
            filtered_rows: Family::default(),
            flush_latency: Family::new_with_constructor(latency_histogram as fn() -> Histogram),
            flush_size: Family::new_with_constructor(size_histogram as fn() -> Histogram),
        };
        let name = |n: &str| format!("{PREFIX}_{n}");
        registry.register(
            name("total_flush_bytes"),
            "Body bytes of successful loads into StarRocks (as sent, compressed when compressed)",
            m.flush_bytes.clone(),
        );
        registry.register(name("total_flush_rows"), "Rows of successful loads into StarRocks", m.flush_rows.clone());
        registry.register(
            name("total_flush_succeeded_times"),
            "Successful data loads and transaction commits",
            m.flush_succeeded.clone(),
        );
        registry.register(
            name("total_flush_failed_times"),
            "Data loads and commits that failed after retries",
            m.flush_failed.clone(),
        );
        registry.register(
            name("total_filtered_rows"),
            "Rows StarRocks filtered out (NumberFilteredRows of its answers)",
            m.filtered_rows.clone(),
        );
        registry.register(
            name("flush_latency_seconds"),
            "Wall time of successful data loads, retries included",
            m.flush_latency.clone(),
        );
        registry.register(name("flush_size_bytes"), "Body bytes of successful data loads", m.flush_size.clone());
        m
    }

    /// The series of one table.
    pub(crate) fn table(&self, database: &str, table: &str) -> TableMetrics {
        let label = TableLabel { table: format!("{database}.{table}") };
        TableMetrics {
            flush_bytes: self.flush_bytes.get_or_create_owned(&label),
            flush_rows: self.flush_rows.get_or_create_owned(&label),
            flush_succeeded: self.flush_succeeded.get_or_create_owned(&label),
            flush_failed: self.flush_failed.get_or_create_owned(&label),
            filtered_rows: self.filtered_rows.get_or_create_owned(&label),
            flush_latency: self.flush_latency.get_or_create_owned(&label),
            flush_size: self.flush_size.get_or_create_owned(&label),
        }
    }
}

/// The series of one table, as the loader feeds them. The default is a set of series that
/// belong to no registry (a sink built without metrics).
#[derive(Debug, Clone)]
pub(crate) struct TableMetrics {
    flush_bytes: Counter,
    flush_rows: Counter,
    flush_succeeded: Counter,
    flush_failed: Counter,
    filtered_rows: Counter,
    flush_latency: Histogram,
    flush_size: Histogram,
}

impl Default for TableMetrics {
    fn default() -> Self {
        TableMetrics {
            flush_bytes: Counter::default(),
            flush_rows: Counter::default(),
            flush_succeeded: Counter::default(),
            flush_failed: Counter::default(),
            filtered_rows: Counter::default(),
            flush_latency: latency_histogram(),
            flush_size: size_histogram(),
        }
    }
}

impl TableMetrics {
    /// A data load succeeded.
    pub(crate) fn loaded(&self, rows: u64, bytes: u64, took: Duration) {
        self.flush_rows.inc_by(rows);
        self.flush_bytes.inc_by(bytes);
        self.flush_succeeded.inc();
        self.flush_latency.observe(took.as_secs_f64());
        self.flush_size.observe(bytes as f64);
    }

    /// A transaction commit succeeded.
    pub(crate) fn committed(&self) {
        self.flush_succeeded.inc();
    }

    /// StarRocks reported filtered rows.
    pub(crate) fn filtered(&self, rows: u64) {
        if rows > 0 {
            self.filtered_rows.inc_by(rows);
        }
    }

    /// A data load or a commit failed for good.
    pub(crate) fn failed(&self) {
        self.flush_failed.inc();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_are_labelled_by_table_and_shared() {
        let mut registry = Registry::default();
        let metrics = SinkMetrics::register(&mut registry);
        let a = metrics.table("db", "t");
        let b = metrics.clone().table("db", "t");
        a.loaded(3, 45, Duration::from_millis(20));
        b.loaded(2, 30, Duration::from_millis(10));
        b.filtered(1);
        a.failed();
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &registry).unwrap();
        assert!(text.contains("sluice_starrocks_total_flush_rows_total{table=\"db.t\"} 5"), "{text}");
        assert!(text.contains("sluice_starrocks_total_flush_bytes_total{table=\"db.t\"} 75"), "{text}");
        assert!(text.contains("sluice_starrocks_total_flush_succeeded_times_total{table=\"db.t\"} 2"), "{text}");
        assert!(text.contains("sluice_starrocks_total_flush_failed_times_total{table=\"db.t\"} 1"), "{text}");
        assert!(text.contains("sluice_starrocks_total_filtered_rows_total{table=\"db.t\"} 1"), "{text}");
        assert!(text.contains("sluice_starrocks_flush_latency_seconds_count{table=\"db.t\"} 2"), "{text}");
        assert!(text.contains("sluice_starrocks_flush_size_bytes_sum{table=\"db.t\"} 75"), "{text}");
    }
}
