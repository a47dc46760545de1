#!/usr/bin/env bash
# Throughput and memory of the StarRocks sink (release builds, the emulator in its own
# process with `discard` storage):
#  1. csv      — 10 M rows of (INT, 20-char STRING, INT), generated lazily as Arrow batches,
#                V2 at-least-once (transaction stream load), one writer,
#                sink.buffer-flush.max-bytes = 64 MB; idle and peak RSS of the sink process;
#  2. curl     — `curl -T` of the identical CSV bytes through the same FE redirect;
#  3. json, lz4, writers4 — the same rows as JSON, as LZ4-compressed CSV, and with 4 writers.
# 1 and 2 run three times each; the fastest run of each counts (the machine is shared, and
# curl's time varies by 2x between runs). The last line is `sink/curl bytes ratio: X`: body
# bytes/s of the fastest sink run over those of the fastest curl run.
# Needs curl. ROWS overrides the row count, RUNS the number of runs of 1 and 2.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
rows="${ROWS:-10000000}"
runs="${RUNS:-3}"
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

for _ in $(seq "$runs"); do run csv; done
"$bench" --rows "$rows" --scenario dump --dump "$work/rows.csv" >&2
size=$(stat -c %s "$work/rows.csv")
for i in $(seq "$runs"); do
    curl_out=$(curl -s --location-trusted -u root: -H "label:bench_curl_$$_$i" -H "Expect:100-continue" \
        -T "$work/rows.csv" -w '\n%{time_total}\n' "http://$fe/api/bench/t_csv/_stream_load")
    secs=$(echo "$curl_out" | tail -1)
    status=$(echo "$curl_out" | grep -o '"Status": "[^"]*"' || true)
    echo "curl: $size body bytes, $status, ${secs} s, $(awk -v b="$size" -v s="$secs" 'BEGIN{printf "%.1f", b/s/1e6}') MB/s"
    echo "$secs" >> "$work/curl_secs"
done
run json
run lz4
run writers4

curl_secs=$(sort -g "$work/curl_secs" | head -1)
sink_bps=$(awk '$1=="RESULT" && $2=="csv" {b=$4/$5; if (b>m) m=b} END {print m}' "$work/results")
curl_bps=$(awk -v b="$size" -v s="$curl_secs" 'BEGIN{print b/s}')
awk '$1=="RESULT" && $2=="csv" {if ($7>p) p=$7; if (i==0 || $6<i) i=$6} END {printf "sink csv memory (max-bytes 64 MB): idle RSS %.1f MB, highest peak RSS %.1f MB, peak - idle %.1f MB\n", i/1024, p/1024, (p-i)/1024}' "$work/results"
awk -v a="$sink_bps" -v b="$curl_bps" 'BEGIN{printf "fastest sink csv: %.1f MB/s, fastest curl: %.1f MB/s\n", a/1e6, b/1e6}'
awk -v a="$sink_bps" -v b="$curl_bps" 'BEGIN{printf "sink/curl bytes ratio: %.2f\n", a/b}'
