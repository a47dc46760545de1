#!/usr/bin/env bash
# The StarRocks sink's fault matrix: every fault (HTTP 503, connection reset mid-body, a
# stall past the socket timeout, TXN_IN_PROCESSING, label already exists, publish timeout,
# FE 0 down with FE 1 up, too many running transactions) × every mode (V1, V2, exactly-once
# with a checkpoint per flush, exactly-once with a crash between prepare and commit and a
# restore, merge commit async and sync). Each cell loads 20k keyed rows in 4 flushes
# through StarRocksSink into a fresh duplicate-key table of an emulator (2 FEs) running in
# its own process, restarted for every cell, and reads the ids back over the MySQL port.
# Prints a markdown table of rows lost, rows duplicated and recovery time per cell; the last
# line is `lost: N, duplicated: M` summed over the cells (duplicates counted only where the
# mode promises none: V1, V2, exactly-once; merge commit is at-least-once, its duplicates
# are shown but not counted). Faults that have no counterpart in a mode show `n/a (why)`.
# See crates/sluice-starrocks/benches/faults.rs.
# ROWS and FLUSHES override the row and flush counts; ONLY=<fault slug> runs one fault row.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"
echo "building (release)..." >&2
cargo build --release -q -p starrocks-emulator --bin starrocks-emulator
driver=$(cargo build --release -q -p sluice-starrocks --bench faults --message-format=json \
    | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
[ -x "$driver" ] || { echo "fault-matrix driver not found" >&2; exit 1; }

args=(--emulator "$CARGO_TARGET_DIR/release/starrocks-emulator" --rows "${ROWS:-20000}" --flushes "${FLUSHES:-4}")
if [ -n "${ONLY:-}" ]; then args+=(--only "$ONLY"); fi
"$driver" "${args[@]}"
