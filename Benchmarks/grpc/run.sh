#!/usr/bin/env bash
# zcd against a gRPC server doing the same engine work, side by side in one run (issue 6, "for the record"):
#   ping, 1 connection, client and server pinned to vCPU 0 (taskset -c 0): cost per request;
#   ping, 32 connections on both vCPUs: throughput;
#   read (application.show / zcd.Bench/Read), 8 connections, on a small `zcctl bench setup` data set.
# zcd is loaded by `zcctl bench`, the gRPC server (`grpc-bench serve`, grpc-swift 2, HTTP/2 on a Unix socket) by
# `grpc-bench bench`; both serve the same state folder, one at a time (both open its SQLite store).
#
# Usage: Benchmarks/grpc/run.sh                    (DURATION=5 WARMUP=1 by default)
#        DURATION=10 WARMUP=2 Benchmarks/grpc/run.sh
#        ZCD_BIN=/path/to/.build/release Benchmarks/grpc/run.sh   (where zcd and zcctl are; default: the repo's)
# Figures are only worth comparing on a quiet machine: the script prints the load average before and after.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
CONNECTIONS=${CONNECTIONS:-32}
READERS=${READERS:-8}
DRAFTS=${DRAFTS:-16}
CASES=${CASES:-16}
WORK=$(mktemp -d /tmp/zcgrpc.XXXXXX)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }
field() { grep -o "\"$1\":[0-9.e+-]*" | head -1 | cut -d: -f2; }

say "== load before: $(uptime)"

# --- build ------------------------------------------------------------------------------------------------------
BIN=${ZCD_BIN:-$ROOT/.build/release}
if [ ! -x "$BIN/zcd" ] || [ ! -x "$BIN/zcctl" ]; then
    say "== release build of zcd and zcctl in $ROOT (minutes on 2 cores)"
    (cd "$ROOT" && swift build -c release --product zcd >&2 && swift build -c release --product zcctl >&2)
    BIN=$ROOT/.build/release
else
    say "== reusing zcd and zcctl in $BIN (built $(date -r "$BIN/zcd" '+%F %T'))"
fi
say "== release build of grpc-bench (its own .build; long the first time: grpc-swift, NIO HTTP/2, the engine)"
(cd "$HERE" && swift build -c release >&2)
ZCD=$BIN/zcd
ZCCTL=$BIN/zcctl
GB=$HERE/.build/release/grpc-bench

# --- servers ----------------------------------------------------------------------------------------------------
STATE=$WORK/state
printf 'scrypt_log_n = 10\nlog_level = warning\n' >"$WORK/zcd.conf"

start_zcd() { # start_zcd [taskset prefix...]
    rm -f "$WORK/zcd.sock"
    "$@" "$ZCD" --socket "$WORK/zcd.sock" --state-dir "$STATE" --config "$WORK/zcd.conf" 2>>"$WORK/zcd.log" &
    SERVER_PID=$!
    for _ in $(seq 1 500); do
        "$ZCCTL" ping --socket "$WORK/zcd.sock" >/dev/null 2>&1 && return 0
        sleep 0.02
    done
    say "zcd does not answer on $WORK/zcd.sock"; cat "$WORK/zcd.log" >&2; exit 1
}

GRPC_STARTS=0
start_grpc() { # start_grpc [taskset prefix...]
    GRPC_STARTS=$((GRPC_STARTS + 1))
    local log=$WORK/grpc.$GRPC_STARTS.log
    rm -f "$WORK/grpc.sock"
    "$@" "$GB" serve --socket "$WORK/grpc.sock" --state-dir "$STATE" 2>"$log" &
    SERVER_PID=$!
    # It says "serving" once it listens.
    for _ in $(seq 1 500); do
        grep -q "serving" "$log" 2>/dev/null && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.02
    done
    say "the gRPC server did not start"; cat "$log" >&2; exit 1
}

stop_server() {
    kill "$SERVER_PID" && wait "$SERVER_PID" || true
    SERVER_PID=
}

# --- the data set -----------------------------------------------------------------------------------------------
say "== bench setup: $DRAFTS drafts, $CASES cases"
start_zcd
"$ZCCTL" bench setup --socket "$WORK/zcd.sock" --drafts "$DRAFTS" --cases "$CASES" --examples "$ROOT/examples/declaration" \
    --output "$WORK/manifest.json" >&2
stop_server

PIN=(taskset -c 0)
RUN=(--duration "$DURATION" --warmup "$WARMUP" --json)

# Each workload runs on zcd, then on the gRPC server, so that each pair is measured close in time.
say "== ping, 1 connection, both sides on vCPU 0"
start_zcd "${PIN[@]}"
z1=$("${PIN[@]}" "$ZCCTL" bench --socket "$WORK/zcd.sock" --workload ping --connections 1 "${RUN[@]}")
stop_server
start_grpc "${PIN[@]}"
g1=$("${PIN[@]}" "$GB" bench --socket "$WORK/grpc.sock" --workload ping --connections 1 "${RUN[@]}")
stop_server

say "== ping, $CONNECTIONS connections, both vCPUs"
start_zcd
z32=$("$ZCCTL" bench --socket "$WORK/zcd.sock" --workload ping --connections "$CONNECTIONS" "${RUN[@]}")
stop_server
start_grpc
g32=$("$GB" bench --socket "$WORK/grpc.sock" --workload ping --connections "$CONNECTIONS" "${RUN[@]}")
stop_server

say "== read, $READERS connections, both vCPUs"
start_zcd
zr=$("$ZCCTL" bench --socket "$WORK/zcd.sock" --manifest "$WORK/manifest.json" --workload read \
    --connections "$READERS" "${RUN[@]}")
stop_server
start_grpc
gr=$("$GB" bench --socket "$WORK/grpc.sock" --manifest "$WORK/manifest.json" --workload read \
    --connections "$READERS" "${RUN[@]}")
stop_server

say "== load after: $(uptime)"

# --- the figures ------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
p() { grep -o "\"$1\":[0-9.]*" | head -1 | cut -d: -f2; }
row() { # row LABEL ZCD_JSON GRPC_JSON
    local zr gr
    zr=$(field requestsPerSecond <<<"$2")
    gr=$(field requestsPerSecond <<<"$3")
    printf '%-30s %11s %11s %7s %9s %9s %9s %9s %6s %6s\n' "$1" "$zr" "$gr" "$(ratio "$zr" "$gr")" \
        "$(p p50 <<<"$2")" "$(p p50 <<<"$3")" "$(p p99 <<<"$2")" "$(p p99 <<<"$3")" \
        "$(field errors <<<"$2")" "$(field errors <<<"$3")"
}
printf '\n%-30s %11s %11s %7s %9s %9s %9s %9s %6s %6s\n' "requests/s; latency in µs" "zcd" "gRPC" "ratio" \
    "zcd p50" "gRPC p50" "zcd p99" "gRPC p99" "z err" "g err"
row "ping, 1 connection, vCPU 0" "$z1" "$g1"
row "ping, $CONNECTIONS connections" "$z32" "$g32"
row "read, $READERS connections" "$zr" "$gr"
printf '\nratio: zcd requests/s over gRPC requests/s. DURATION=%s WARMUP=%s.\n' "$DURATION" "$WARMUP"
