#!/usr/bin/env bash
# Throughput and memory of the StarRocks sink (release builds, the emulator in its own
# process with `discard` storage):
#  1. csv      — 10 M rows of (INT, 20-char STRING, INT), generated lazily as Arrow batches,
#                V2 at-least-once (transaction stream load), one writer,
#                sink.buffer-flush.max-bytes = 64 MB; idle and peak RSS of the sink process;
#  2. curl     — `curl -T` of the identical CSV bytes through the same FE redirect;
#  3. json, lz4, writers4 — the same rows as JSON, as LZ4-compressed CSV, and with 4 writers.
# The last line is `sink/curl bytes ratio: X` (body bytes/s of 1 over those of 2).
# Needs curl. ROWS overrides the row count.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
rows="${ROWS:-10000000}"
work="$(mktemp -d)"
emu_pid=""
cleanup() {
    if [ -n "$emu_pid" ]; then kill "$emu_pid" 2>/dev/null || true; wait "$emu_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
echo "building (release)..." >&2
cargo build --release -q -p starrocks-emulator --bin starrocks-emulator
bench=$(cargo build --release -q -p sluice-starrocks --bench sink --message-format=json \
    | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
[ -x "$bench" ] || { echo "bench binary not found" >&2; exit 1; }

: > "$work/emu.out"
"$CARGO_TARGET_DIR/release/starrocks-emulator" --mysql-port 0 --http-port 0 --be-port 0 --storage discard \
    > "$work/emu.out" &
emu_pid=$!
for _ in $(seq 100); do [ "$(wc -l < "$work/emu.out")" -ge 3 ] && break; sleep 0.1; done
mysql=$(awk '/^mysql /{print $2}' "$work/emu.out")
fe=$(awk '/^fe-http /{print $2}' "$work/emu.out")

run() { "$bench" --fe "$fe" --mysql "$mysql" --rows "$rows" --max-bytes 67108864 --scenario "$1" | tee -a "$work/results"; }

run csv
"$bench" --rows "$rows" --scenario dump --dump "$work/rows.csv" >&2
size=$(stat -c %s "$work/rows.csv")
curl_out=$(curl -s --location-trusted -u root: -H "label:bench_curl_$$" -H "Expect:100-continue" \
    -T "$work/rows.csv" -w '\n%{time_total}\n' "http://$fe/api/bench/t_csv/_stream_load")
curl_secs=$(echo "$curl_out" | tail -1)
curl_status=$(echo "$curl_out" | grep -o '"Status": "[^"]*"' || true)
echo "curl: $size body bytes, $curl_status, ${curl_secs} s, $(awk -v b="$size" -v s="$curl_secs" 'BEGIN{printf "%.1f", b/s/1e6}') MB/s"
run json
run lz4
run writers4

sink_bps=$(awk '$1=="RESULT" && $2=="csv" {print $4/$5}' "$work/results")
curl_bps=$(awk -v b="$size" -v s="$curl_secs" 'BEGIN{print b/s}')
awk '$1=="RESULT" && $2=="csv" {printf "sink csv memory: idle RSS %.1f MB, peak RSS %.1f MB, peak - idle %.1f MB (max-bytes 64 MB)\n", $6/1024, $7/1024, ($7-$6)/1024}' "$work/results"
awk -v a="$sink_bps" -v b="$curl_bps" 'BEGIN{printf "sink/curl bytes ratio: %.2f\n", a/b}'
