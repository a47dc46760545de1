#!/usr/bin/env bash
# Wall time of `sluice validate` on generated scripts, process start included.
# Usage: benches/validate.sh [runs]   (default 20 runs per script; prints min and median)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
cargo build --release --quiet
bin=target/release/sluice
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One group is five statements: a source, a sink, a view, an INSERT and a SET.
generate() {
    local groups=$1 out=$2 i
    : >"$out"
    for ((i = 0; i < groups; i++)); do
        cat >>"$out" <<SQL
CREATE TABLE src_$i (
    id BIGINT,
    name STRING,
    amount DECIMAL(10, 2),
    ts TIMESTAMP(3),
    WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen', 'rows-per-second' = '10', 'fields.id.min' = '1', 'fields.id.max' = '100');
CREATE TABLE dst_$i (
    id BIGINT,
    total DECIMAL(38, 2),
    cnt BIGINT NOT NULL,
    PRIMARY KEY (id) NOT ENFORCED
) WITH ('connector' = 'blackhole');
CREATE VIEW v_$i AS SELECT id, amount, UPPER(name) AS name FROM src_$i WHERE amount > 0 AND name LIKE 'a%';
INSERT INTO dst_$i SELECT id, SUM(amount), COUNT(*) FROM v_$i GROUP BY id;
SET 'pipeline.name' = 'job_$i';
SQL
    done
}

measure() {
    local file=$1 label=$2 r start end
    local -a times=()
    "$bin" validate "$file" >/dev/null 2>&1 # warm the page cache
    for ((r = 0; r < runs; r++)); do
        start=$(date +%s%N)
        "$bin" validate "$file" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    IFS=$'\n' sorted=($(sort -n <<<"${times[*]}"))
    unset IFS
    local min=${sorted[0]} median=${sorted[$((runs / 2))]}
    printf '%-28s min %8.2f ms   median %8.2f ms   (%d runs)\n' "$label" "$(awk "BEGIN{print $min/1000}")" "$(awk "BEGIN{print $median/1000}")" "$runs"
}

generate 20 "$work/s100.sql"
generate 2000 "$work/s10000.sql"
measure "$work/s100.sql" "100 statements"
measure "$work/s10000.sql" "10,000 statements"
