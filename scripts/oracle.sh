#!/usr/bin/env bash
# Development aid: run SQL case files through the real Flink 1.20.5 planner
# (../shared/tools/flink-oracle) and store its verdicts next to each file as
# <name>.oracle.jsonl. Tests read the stored files; they never need Flink.
#
#   scripts/oracle.sh sql/flink/ddl/create_table.sql [more.sql ...]
#
# Needs PyFlink 1.20.5 in ~/.venv-flink (see the oracle's README) or
# FLINK_ORACLE_PYTHON pointing at a python that has it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
oracle=${FLINK_ORACLE:-$here/../shared/tools/flink-oracle/flink_oracle.py}
py=${FLINK_ORACLE_PYTHON:-$HOME/.venv-flink/bin/python}
[ $# -gt 0 ] || { echo "usage: $0 FILE.sql..." >&2; exit 2; }
for f in "$@"; do
  out="${f%.sql}.oracle.jsonl"
  "$py" "$oracle" "$f" 2>/dev/null \
    | "$py" -c 'import json,sys
for line in sys.stdin:
    d = json.loads(line); d.pop("ms", None)
    print(json.dumps(d, ensure_ascii=False, sort_keys=False))' > "$out.tmp"
  mv "$out.tmp" "$out"
  echo "$f: $(wc -l < "$out") statements, $(grep -c '"ok": true' "$out" || true) ok"
done
