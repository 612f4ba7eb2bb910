#!/usr/bin/env bash
# Measures zcd's ping side by side with the C floor, in one run, and prints the ratios issue 6 asks for:
#   1 connection, client and server pinned to vCPU 0 (taskset -c 0): cost per request without cross-vCPU wake-ups;
#   32 connections on both vCPUs: throughput;
#   `zcctl ping` as a whole process, start to exit (hyperfine), median.
# With WORKLOADS=1 it also runs read, queue, save, decide and mixed on a small data set made by `zcctl bench setup`;
# with PROVINCE=DIR as well, on the province in DIR made by `zcd generate` instead (save and decide change it).
#
# Usage: Benchmarks/run.sh            (reuses an existing release build; REBUILD=1 builds anew)
#        DURATION=10 WARMUP=2 Benchmarks/run.sh
#        WORKLOADS=1 PROVINCE=/var/tmp/province DECIDE=5000 Benchmarks/run.sh
# Figures are only worth comparing on a quiet machine: the script prints the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
CONNECTIONS=${CONNECTIONS:-32}
WORK=$(mktemp -d /tmp/zcbench.XXXXXX)
ZCD_PID=
C_PID=
cleanup() {
    [ -n "$ZCD_PID" ] && kill "$ZCD_PID" 2>/dev/null && wait "$ZCD_PID" 2>/dev/null
    [ -n "$C_PID" ] && kill "$C_PID" 2>/dev/null && wait "$C_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }
field() { grep -o "\"$1\":[0-9.e+-]*" | head -1 | cut -d: -f2; }

say "== load before: $(uptime)"

# --- build ------------------------------------------------------------------------------------------------------
cc -O2 -pthread -o "$WORK/pingpong" Benchmarks/c/pingpong.c
BIN=.build/release
if [ "${REBUILD:-0}" = 1 ] || [ ! -x "$BIN/zcd" ] || [ ! -x "$BIN/zcctl" ]; then
    say "== release build of zcd and zcctl (minutes on 2 cores)"
    start=$(date +%s)
    # Statically linked Swift runtime: zcctl starts in a third of the time (no dynamic Foundation to load).
    swift build -c release --static-swift-stdlib --product zcd >&2
    swift build -c release --static-swift-stdlib --product zcctl >&2
    say "   took $(($(date +%s) - start)) s"
else
    say "== reusing the release build in $BIN (built $(date -r "$BIN/zcd" '+%F %T'); REBUILD=1 to rebuild)"
fi
ZCD=$BIN/zcd
ZCCTL=$BIN/zcctl

# --- helpers ----------------------------------------------------------------------------------------------------
wait_for_socket() {
    for _ in $(seq 1 500); do
        "$ZCCTL" ping --socket "$1" >/dev/null 2>&1 && return 0
        sleep 0.02
    done
    say "nothing answers on $1"
    exit 1
}

start_zcd() { # start_zcd [taskset prefix...]; STATE=DIR serves that folder as it is instead of a new empty one
    local state=${STATE:-$WORK/state}
    [ -n "${STATE:-}" ] || rm -rf "$WORK/state"
    rm -f "$WORK/zcd.sock"
    printf 'scrypt_log_n = 10\nlog_level = warning\n' >"$WORK/zcd.conf"
    "$@" "$ZCD" --socket "$WORK/zcd.sock" --state-dir "$state" --config "$WORK/zcd.conf" 2>"$WORK/zcd.log" &
    ZCD_PID=$!
    wait_for_socket "$WORK/zcd.sock"
}

stop_zcd() {
    kill "$ZCD_PID" && wait "$ZCD_PID" || true
    ZCD_PID=
}

start_c() { # start_c [taskset prefix...]
    rm -f "$WORK/c.sock"
    "$@" "$WORK/pingpong" server "$WORK/c.sock" &
    C_PID=$!
    for _ in $(seq 1 500); do [ -S "$WORK/c.sock" ] && return 0; sleep 0.01; done
    say "the C server did not start"
    exit 1
}

stop_c() {
    kill "$C_PID" && wait "$C_PID" 2>/dev/null || true
    C_PID=
}

PIN=(taskset -c 0)
RUN=(--duration "$DURATION" --warmup "$WARMUP" --json)

# --- ping, 1 connection, one vCPU -------------------------------------------------------------------------------
say "== ping, 1 connection, both sides on vCPU 0"
start_c "${PIN[@]}"
c1=$("${PIN[@]}" "$WORK/pingpong" client "$WORK/c.sock" --connections 1 "${RUN[@]}")
# The bench tool against the C server: how much of the round trip is the tool's own.
x1=$("${PIN[@]}" "$ZCCTL" bench --socket "$WORK/c.sock" --workload ping --connections 1 "${RUN[@]}")
stop_c
start_zcd "${PIN[@]}"
z1=$("${PIN[@]}" "$ZCCTL" bench --socket "$WORK/zcd.sock" --workload ping --connections 1 "${RUN[@]}")
stop_zcd

# --- ping, 32 connections, both vCPUs ---------------------------------------------------------------------------
say "== ping, $CONNECTIONS connections, both vCPUs"
start_c
c32=$("$WORK/pingpong" client "$WORK/c.sock" --connections "$CONNECTIONS" "${RUN[@]}")
x32=$("$ZCCTL" bench --socket "$WORK/c.sock" --workload ping --connections "$CONNECTIONS" "${RUN[@]}")
stop_c
start_zcd
z32=$("$ZCCTL" bench --socket "$WORK/zcd.sock" --workload ping --connections "$CONNECTIONS" "${RUN[@]}")

# --- zcctl ping as a whole process ------------------------------------------------------------------------------
say "== zcctl ping, start to exit"
if ! command -v hyperfine >/dev/null; then
    say "   hyperfine is missing: apt-get install -y hyperfine (falling back to a timed loop)"
fi
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 20 --runs 300 --export-json "$WORK/ping.json" \
        "$ZCCTL ping --socket $WORK/zcd.sock" >&2
    ping_ms=$(tr -d ' \n' <"$WORK/ping.json" | grep -o '"median":[0-9.e-]*' | head -1 | cut -d: -f2 |
        awk '{printf "%.2f", $1 * 1000}')
else
    ping_ms=$(python3 - "$ZCCTL" "$WORK/zcd.sock" <<'EOF'
import statistics, subprocess, sys, time
times = []
for i in range(320):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "ping", "--socket", sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
    if i >= 20:
        times.append(time.perf_counter() - t)
print(f"{statistics.median(times) * 1000:.2f}")
EOF
)
fi

# --- the other workloads on a small data set (optional) ---------------------------------------------------------
if [ "${WORKLOADS:-0}" = 1 ]; then
    if [ -n "${PROVINCE:-}" ]; then
        say "== the province in $PROVINCE"
        stop_zcd
        STATE=$PROVINCE start_zcd
        manifest=$PROVINCE/generated.json
        decide=(--requests "${DECIDE:-5000}")
    else
        say "== bench setup: ${DRAFTS:-64} drafts, ${CASES:-2000} cases"
        "$ZCCTL" bench setup --socket "$WORK/zcd.sock" --drafts "${DRAFTS:-64}" --cases "${CASES:-2000}" \
            --output "$WORK/manifest.json" >&2
        manifest=$WORK/manifest.json
        # decide consumes cases: it takes half of them by count, and leaves the rest for mixed's 5 %.
        decide=(--requests "$((${CASES:-2000} / 2))")
    fi
    for spec in "read 8" "queue 1" "queue 8" "save 32" "decide 4" "mixed 32"; do
        set -- $spec
        if [ "$1" = decide ]; then length=("${decide[@]}"); else length=(--duration "$DURATION"); fi
        say "-- $1, $2 connections"
        "$ZCCTL" bench --socket "$WORK/zcd.sock" --manifest "$manifest" --workload "$1" --connections "$2" \
            --warmup "$WARMUP" "${length[@]}" || true
    done
fi
stop_zcd

say "== load after: $(uptime)"

# --- the figures ------------------------------------------------------------------------------------------------
c1r=$(field requestsPerSecond <<<"$c1")
z1r=$(field requestsPerSecond <<<"$z1")
c32r=$(field requestsPerSecond <<<"$c32")
z32r=$(field requestsPerSecond <<<"$z32")
x1r=$(field requestsPerSecond <<<"$x1")
x32r=$(field requestsPerSecond <<<"$x32")
z1p50=$(grep -o '"p50":[0-9.]*' <<<"$z1" | head -1 | cut -d: -f2)
c1p50=$(grep -o '"p50":[0-9.]*' <<<"$c1" | head -1 | cut -d: -f2)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b ? "met" : "NOT met") }'; }

# C floor: C client and C server. Tool check: zcctl bench against the C server (how close the load generator itself
# comes to the floor). zcd: zcctl bench against zcd. Ratio: zcd / C floor at 1 connection, zcd / tool check at 32.
printf '\n%-34s %12s %12s %12s %7s\n' "ping, requests/s" "C floor" "tool check" "zcd" "ratio"
printf '%-34s %12s %12s %12s %7s\n' "1 connection, both on vCPU 0" "$c1r" "$x1r" "$z1r" "$(ratio "$z1r" "$c1r")"
printf '%-34s %12s %12s %12s\n' "  p50 latency (µs)" "$c1p50" "$(grep -o '"p50":[0-9.]*' <<<"$x1" | head -1 | cut -d: -f2)" "$z1p50"
# At 32 connections the C client is a blocking thread per connection while zcctl bench serves its connections from
# one thread per vCPU (--threads): the like-for-like ratio is zcd against the C server under the same client.
printf '%-34s %12s %12s %12s %7s\n' "$CONNECTIONS connections, both vCPUs" "$c32r" "$x32r" "$z32r" "$(ratio "$z32r" "$x32r")"
printf '%-34s %12s\n' "zcctl ping, whole process (ms)" "$ping_ms"
printf '\ntargets (issue 6):\n'
printf '  ping 1 connection >= 0.5 x C floor:   %s (%s)\n' "$(ratio "$z1r" "$c1r")" "$(verdict "$(ratio "$z1r" "$c1r")" 0.5)"
printf '  ping %s connections >= 100000/s:      %s (%s)\n' "$CONNECTIONS" "$z32r" "$(verdict "$z32r" 100000)"
printf '  zcctl ping median < 10 ms:            %s ms (%s)\n' "$ping_ms" "$(verdict 10 "$ping_ms")"
