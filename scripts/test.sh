#!/usr/bin/env bash
# The project's test command: installs the system packages the tests use (the `mysql`
# client and `curl`, which drive the StarRocks emulator as real clients do), then runs
# every test of the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v mysql >/dev/null 2>&1 || need+=(mariadb-client)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo test --workspace "$@"
