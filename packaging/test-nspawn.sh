#!/usr/bin/env bash
# Installs a zcd .deb in a throw-away Debian 12 container booted with systemd (systemd-nspawn) and checks what only a
# real systemd shows: the package scripts, socket activation under the sandbox of zcd.service, READY=1, watchdog
# pings, the journal fields, who may connect, SIGTERM exit 0, upgrade, remove and purge.
#
# usage: packaging/test-nspawn.sh DEB
# Needs root and the Debian archive (debootstrap, the first time: about a minute; the root is cached in
# .build-nspawn/). A run takes about 30 s after that. Not part of the quick test command.
#
# The daemon must answer `session.whoami` (a 4-byte big-endian length, then JSON-RPC) with the caller's uid and
# isOperator, as docs/operations.md and the wire contract say.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 DEB" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "test-nspawn: must run as root" >&2; exit 2; }
deb=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${ZCD_NSPAWN_ROOT:-$here/../.build-nspawn/bookworm}

need=()
command -v systemd-nspawn >/dev/null 2>&1 || need+=(systemd-container)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -x "$cache/lib/systemd/systemd" ]; then
    echo "test-nspawn: debootstrap bookworm into $cache"
    rm -rf "$cache"
    mkdir -p "$(dirname "$cache")"
    debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,python3,libsqlite3-0,libsystemd0 \
        bookworm "$cache" >"$cache.log" 2>&1 || { tail -20 "$cache.log"; exit 1; }
    echo zcdtest >"$cache/etc/hostname"
fi

work=$(mktemp -d)
nspawn_pid=""
cleanup() {
    if [ -n "$nspawn_pid" ]; then
        kill "$nspawn_pid" 2>/dev/null || true
        wait "$nspawn_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# Read by the unprivileged test users inside too.
chmod 0755 "$work"
cp "$deb" "$work/zcd.deb"
# The client: one session.whoami request, prints "uid isOperator", exit 3 when it cannot connect (as zcctl).
cat >"$work/whoami.py" <<'EOF'
import json, socket, struct, sys
s = socket.socket(socket.AF_UNIX)
try:
    s.connect("/run/zcd/zcd.sock")
except OSError as e:
    print(f"cannot connect to /run/zcd/zcd.sock: {e.strerror}", file=sys.stderr)
    sys.exit(3)
body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "session.whoami"}).encode()
s.sendall(struct.pack(">I", len(body)) + body)
def read(n):
    b = b""
    while len(b) < n:
        chunk = s.recv(n - len(b))
        if not chunk:
            sys.exit("connection closed")
        b += chunk
    return b
(n,) = struct.unpack(">I", read(4))
r = json.loads(read(n))["result"]
print(r["uid"], str(r["isOperator"]).lower())
EOF
chmod 0644 "$work/zcd.deb" "$work/whoami.py"

# --volatile=overlay: every change inside goes to a tmpfs and is gone when the container stops.
systemd-nspawn -q --register=no --keep-unit --volatile=overlay -D "$cache" -M zcdtest -b --console=pipe \
    --bind-ro="$work:/mnt/zcdtest" >"$work/console.log" 2>&1 &
nspawn_pid=$!
pid1=""
for _ in $(seq 1 100); do
    pid1=$(pgrep -P "$nspawn_pid" | head -1 || true)
    if [ -n "$pid1" ] && state=$(nsenter -t "$pid1" -a systemctl is-system-running 2>/dev/null) &&
        { [ "$state" = running ] || [ "$state" = degraded ]; }; then
        break
    fi
    sleep 0.2
done
ct() { nsenter -t "$pid1" -a "$@"; }
ct systemctl is-system-running >/dev/null 2>&1 || { echo "test-nspawn: the container did not boot"; cat "$work/console.log"; exit 1; }

passed=0
failed=0
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then
        echo "ok   $1"
        passed=$((passed + 1))
    else
        echo "FAIL $1: expected '$2', got '$3'"
        failed=$((failed + 1))
    fi
}

ct dpkg -i /mnt/zcdtest/zcd.deb >"$work/dpkg.log" 2>&1 && r=0 || r=$?
check "dpkg -i" 0 "$r"
check "user zcd" "/var/lib/zcd /usr/sbin/nologin" "$(ct getent passwd zcd | awk -F: '{print $6, $7}')"
check "zcd.socket enabled and listening" "enabled active" \
    "$(ct systemctl is-enabled zcd.socket) $(ct systemctl is-active zcd.socket)"
check "socket owner and mode" "660 root zcd" "$(ct stat -c '%a %U %G' /run/zcd/zcd.sock)"
check "state folder" "750 zcd zcd" "$(ct stat -c '%a %U %G' /var/lib/zcd)"
check "zcd.service not started yet" inactive "$(ct systemctl is-active zcd.service || true)"
# One journal entry per request comes at debug; the first connection starts zcd with this config.
ct sed -i 's/^#log_level = info$/log_level = debug/' /etc/zcd/zcd.conf

ct id alice >/dev/null 2>&1 || ct useradd -m -G zcd alice
ct id bob >/dev/null 2>&1 || ct useradd -m bob
check "root: whoami through socket activation" "0 true" "$(ct python3 /mnt/zcdtest/whoami.py 2>&1)"
check "zcd.service active (READY=1 under the sandbox)" active "$(ct systemctl is-active zcd.service || true)"
check "member of zcd: not an operator, own uid" "$(ct id -u alice) false" \
    "$(ct setpriv --reuid=alice --regid=alice --init-groups python3 /mnt/zcdtest/whoami.py 2>&1)"
check "the zcd user is an operator" "$(ct id -u zcd) true" \
    "$(ct setpriv --reuid=zcd --regid=zcd --init-groups python3 /mnt/zcdtest/whoami.py 2>&1)"
ct setpriv --reuid=bob --regid=bob --init-groups python3 /mnt/zcdtest/whoami.py >"$work/bob.log" 2>&1 && r=0 || r=$?
check "not in zcd: refused, exit 3" "3 Permission denied" "$r $(grep -o 'Permission denied' "$work/bob.log" || true)"
check "journal fields METHOD and CALLER_UID" "session.whoami $(ct id -u alice)" \
    "$(ct journalctl -u zcd -o json --output-fields=METHOD,CALLER_UID "CALLER_UID=$(ct id -u alice)" |
        python3 -c 'import json,sys; e=[json.loads(l) for l in sys.stdin][-1]; print(e["METHOD"], e["CALLER_UID"])' 2>&1)"

# The watchdog: with WatchdogSec=3s, a daemon that pings stays up.
ct mkdir -p /run/systemd/system/zcd.service.d
printf '[Service]\nWatchdogSec=3s\n' | ct tee /run/systemd/system/zcd.service.d/watchdog.conf >/dev/null
ct systemctl daemon-reload
ct systemctl restart zcd.service
sleep 8
check "watchdog pings (no restart in 8 s at WatchdogSec=3s)" "0 active" \
    "$(ct systemctl show -P NRestarts zcd.service) $(ct systemctl is-active zcd.service)"
ct rm -rf /run/systemd/system/zcd.service.d
ct systemctl daemon-reload

ct systemctl stop zcd.service 2>/dev/null
check "SIGTERM: exit 0" "success 0" \
    "$(ct systemctl show -P Result zcd.service) $(ct systemctl show -P ExecMainStatus zcd.service)"
check "socket kept after stop" "active socket" \
    "$(ct systemctl is-active zcd.socket) $(ct stat -c '%F' /run/zcd/zcd.sock | awk '{print $1}')"

# Upgrade: the same package again stands in for a newer one; a running daemon is restarted, the socket stays.
ct python3 /mnt/zcdtest/whoami.py >/dev/null
before=$(ct systemctl show -P MainPID zcd.service)
socket_since=$(ct systemctl show -P ActiveEnterTimestampMonotonic zcd.socket)
ct dpkg -i /mnt/zcdtest/zcd.deb >>"$work/dpkg.log" 2>&1 && r=0 || r=$?
after=$(ct systemctl show -P MainPID zcd.service)
check "upgrade restarts the daemon, keeps the socket" "0 restarted $socket_since" \
    "$r $([ "$before" != "$after" ] && [ "$after" != 0 ] && echo restarted || echo "kept $before") \
$(ct systemctl show -P ActiveEnterTimestampMonotonic zcd.socket)"

ct dpkg -r zcd >>"$work/dpkg.log" 2>&1 && r=0 || r=$?
check "remove: stopped, state kept" "0 inactive inactive yes" \
    "$r $(ct systemctl is-active zcd.service || true) $(ct systemctl is-active zcd.socket || true) \
$(ct test -d /var/lib/zcd && echo yes || echo no)"
ct dpkg -P zcd >>"$work/dpkg.log" 2>&1 && r=0 || r=$?
check "purge: state and config gone" "0 no no" \
    "$r $(ct test -e /var/lib/zcd && echo yes || echo no) $(ct test -e /etc/zcd && echo yes || echo no)"

if [ "$failed" -gt 0 ]; then
    echo "--- dpkg"; cat "$work/dpkg.log"
    echo "--- journal of zcd"; ct journalctl -u zcd -u zcd.socket --no-pager -n 40 -o cat || true
fi
echo "test-nspawn: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
