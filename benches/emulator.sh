#!/usr/bin/env bash
# Throughput benchmark of the StarRocks emulator (release build, its own process).
#  1. discard storage: `curl -T` of a 1 GB CSV (10^9 bytes, 40-byte rows) through the FE
#     redirect; reports GB/s of request body over the upload wall time (target >= 1 GB/s).
#  2. memory storage: stream load of a CSV into a duplicate-key table; reports rows/s
#     (target >= 3 M rows/s).
# Needs curl and the mysql CLI (Debian mariadb-client).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
work="$(mktemp -d)"
emu_pid=""
cleanup() {
    if [ -n "$emu_pid" ]; then kill "$emu_pid" 2>/dev/null || true; wait "$emu_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

cargo build --release -p starrocks-emulator --bin starrocks-emulator >/dev/null
bin="$CARGO_TARGET_DIR/release/starrocks-emulator"

gb_rows=25000000          # 25 M rows x 40 bytes = 10^9 bytes
mem_rows="${MEM_ROWS:-10000000}"

# 40-byte rows: "<id padded to 12>\t<name padded to 20>\t<5 digits>\n" = 12+1+20+1+5+1 = 40.
gen() {
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "%012d\tname_%015d\t%05d\n", i, i, i % 100000 }'
}
echo "generating data..." >&2
gen "$gb_rows" > "$work/1gb.csv"
size=$(stat -c %s "$work/1gb.csv")
[ "$size" -eq 1000000000 ] || { echo "unexpected size $size" >&2; exit 1; }
head -c $((mem_rows * 40)) "$work/1gb.csv" > "$work/mem.csv"

start_emu() {
    "$bin" --mysql-port 0 --http-port 0 --be-port 0 --storage "$1" > "$work/emu.out" &
    emu_pid=$!
    for _ in $(seq 50); do [ "$(wc -l < "$work/emu.out")" -ge 3 ] && break; sleep 0.1; done
    mysql_port=$(awk '/^mysql /{split($2,a,":"); print a[2]}' "$work/emu.out")
    fe=$(awk '/^fe-http /{print $2}' "$work/emu.out")
}
stop_emu() { kill "$emu_pid"; wait "$emu_pid" 2>/dev/null || true; emu_pid=""; }

ddl="CREATE DATABASE bench; CREATE TABLE bench.t (id BIGINT, name VARCHAR(32), v INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1;"

load() { # label file -> prints curl's time_total and the JSON
    curl -s --location-trusted -u root: -H "label:$1" -H "Expect:100-continue" \
        -T "$2" -w '\n%{time_total}\n' "http://$fe/api/bench/t/_stream_load"
}

start_emu discard
mysql -h127.0.0.1 -P"$mysql_port" -uroot -e "$ddl"
out=$(load discard_1 "$work/1gb.csv")
secs=$(echo "$out" | tail -1)
rows=$(echo "$out" | grep -o '"NumberLoadedRows": [0-9]*' | grep -o '[0-9]*$')
status=$(echo "$out" | grep -o '"Status": "[^"]*"')
stop_emu
echo "discard: $size bytes, $rows rows, $status, ${secs}s, $(awk -v b="$size" -v s="$secs" 'BEGIN{printf "%.2f", b/s/1e9}') GB/s"

start_emu memory
mysql -h127.0.0.1 -P"$mysql_port" -uroot -e "$ddl"
out=$(load memory_1 "$work/mem.csv")
secs=$(echo "$out" | tail -1)
rows=$(echo "$out" | grep -o '"NumberLoadedRows": [0-9]*' | grep -o '[0-9]*$')
status=$(echo "$out" | grep -o '"Status": "[^"]*"')
count=$(mysql -h127.0.0.1 -P"$mysql_port" -uroot -N -e "SELECT count(*) FROM bench.t")
stop_emu
echo "memory: $rows rows loaded ($count visible), $status, ${secs}s, $(awk -v r="$rows" -v s="$secs" 'BEGIN{printf "%.2f", r/s/1e6}') M rows/s"
