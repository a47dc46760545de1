#!/usr/bin/env bash
# Wall time of `sluice validate --live` on a script with 20 StarRocks sink tables, against an
# emulator running in its own process (process start of sluice included).
# Usage: benches/validate_live.sh [runs]   (default 20; prints min and median)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
tables=20
cargo build --release --quiet
bin=target/release/sluice
work="$(mktemp -d)"
"$bin" emulator --mysql-port 0 --http-port 0 --be-port 0 >"$work/emulator.out" 2>&1 &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
    grep -q '^be-http' "$work/emulator.out" 2>/dev/null && break
    sleep 0.1
done
mysql_addr=$(awk '$1 == "mysql" {print $2}' "$work/emulator.out")
fe_addr=$(awk '$1 == "fe-http" {print $2}' "$work/emulator.out")

ddl="CREATE DATABASE bench;"
for ((i = 0; i < tables; i++)); do
    ddl+=" CREATE TABLE bench.t$i (id bigint NOT NULL, name varchar(65533) NULL, amount decimal(10, 2) NULL,"
    ddl+=" ts datetime NULL) PRIMARY KEY(id) DISTRIBUTED BY HASH(id);"
done
mysql -h "${mysql_addr%:*}" -P "${mysql_addr#*:}" -u root -e "$ddl"

script="$work/tables.sql"
: >"$script"
for ((i = 0; i < tables; i++)); do
    cat >>"$script" <<SQL
CREATE TABLE t$i (
    id BIGINT,
    name STRING,
    amount DECIMAL(10, 2),
    ts TIMESTAMP(3),
    PRIMARY KEY (id) NOT ENFORCED
) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://$mysql_addr',
    'load-url' = '$fe_addr',
    'database-name' = 'bench',
    'table-name' = 't$i',
    'username' = 'root',
    'password' = ''
);
SQL
done

"$bin" validate --live "$script" # must be clean: exit 0
times=()
for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    "$bin" validate --live "$script" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
done
IFS=$'\n' sorted=($(sort -n <<<"${times[*]}"))
unset IFS
printf 'validate --live, %d tables: min %.2f ms   median %.2f ms   (%d runs)\n' "$tables" \
    "$(awk "BEGIN{print ${sorted[0]}/1000}")" "$(awk "BEGIN{print ${sorted[$((runs / 2))]}/1000}")" "$runs"
