#!/usr/bin/env bash
# Checks packaging/: `systemd-analyze verify` on zcd.service and zcd.socket; the exposure score of zcd.service
# (`systemd-analyze security --offline=true`), which must stay at or below $ZCD_MAX_EXPOSURE (2.0); the sysusers.d
# and tmpfiles.d entries applied to an empty root; the default zcd.conf (all commented out, every key documented in
# docs/operations.md). Quick (well under a second) and non-interactive: called from the project's test command.
#
# usage: packaging/check.sh [PATH-TO-ZCD]
#   PATH-TO-ZCD  an executable to put in ExecStart= while verifying (verify wants the binary to exist); without it a
#                stub script is used, so the check works in a clean clone before anything is built.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
max_exposure=${ZCD_MAX_EXPOSURE:-2.0}

if ! command -v systemd-analyze >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "check.sh: installing systemd (for systemd-analyze)" >&2
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd >/dev/null
    else
        echo "check.sh: systemd-analyze not found; install the systemd package" >&2
        exit 1
    fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
    exe=$(realpath "$1")
    [ -x "$exe" ] || { echo "check.sh: $1 is not an executable" >&2; exit 1; }
else
    exe=$work/zcd
    printf '#!/bin/sh\nexit 0\n' >"$exe"
    chmod 0755 "$exe"
fi

# A copy of the units whose ExecStart names an executable that exists; nothing else is changed.
sed "s|^ExecStart=/usr/bin/zcd\$|ExecStart=$exe|" "$here/zcd.service" >"$work/zcd.service"
cp "$here/zcd.socket" "$work/zcd.socket"
grep -q "^ExecStart=$exe\$" "$work/zcd.service" || {
    echo "check.sh: zcd.service has no line 'ExecStart=/usr/bin/zcd' to point at a test binary" >&2
    exit 1
}

status=0

# verify exits 0 on unknown keys and other parse warnings: any output at all is a failure.
# --man=no: the man pages are only there once the .deb is installed.
verify_out=$(cd "$work" && systemd-analyze verify --man=no "$work/zcd.service" "$work/zcd.socket" 2>&1) || status=1
if [ -n "$verify_out" ]; then
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "FAIL systemd-analyze verify zcd.service zcd.socket:"
    printf '%s\n' "$verify_out" | sed "s|$work/|packaging/|g"
else
    echo "ok   systemd-analyze verify zcd.service zcd.socket"
fi

security_out=$(systemd-analyze security --offline=true --no-pager "$work/zcd.service" 2>&1) || true
score=$(printf '%s\n' "$security_out" | sed -n 's/.*Overall exposure level for zcd.service: \([0-9.]*\).*/\1/p')
if [ -z "$score" ]; then
    echo "FAIL systemd-analyze security: no exposure score in its output:"
    printf '%s\n' "$security_out"
    status=1
elif awk -v s="$score" -v m="$max_exposure" 'BEGIN { exit !(s + 0 > m + 0) }'; then
    echo "FAIL zcd.service exposure $score > $max_exposure; what counts against it:"
    printf '%s\n' "$security_out" | grep '✗' || true
    status=1
else
    echo "ok   zcd.service exposure $score (at most $max_exposure)"
fi

# sysusers.d and tmpfiles.d entries, applied to an empty root: the user, the group and the folders come out right.
root=$work/root
mkdir -p "$root/etc" "$root/usr/lib/sysusers.d" "$root/usr/lib/tmpfiles.d"
cp "$here/sysusers.d/zcd.conf" "$root/usr/lib/sysusers.d/zcd.conf"
cp "$here/tmpfiles.d/zcd.conf" "$root/usr/lib/tmpfiles.d/zcd.conf"
if files_out=$(systemd-sysusers --root="$root" zcd.conf 2>&1 &&
    systemd-tmpfiles --root="$root" --create zcd.conf 2>&1) &&
    grep -q '^zcd:x:[0-9]*:[0-9]*:.*:/var/lib/zcd:/usr/sbin/nologin$' "$root/etc/passwd" &&
    grep -q '^zcd:x:[0-9]*:$' "$root/etc/group" &&
    [ "$(stat -c '%a %U' "$root/run/zcd")" = "755 root" ] &&
    [ "$(stat -c '%a' "$root/var/lib/zcd")" = "750" ] &&
    [ "$(stat -c '%u' "$root/var/lib/zcd")" = "$(sed -n 's/^zcd:x:\([0-9]*\):.*/\1/p' "$root/etc/passwd")" ]; then
    echo "ok   sysusers.d/zcd.conf and tmpfiles.d/zcd.conf"
else
    echo "FAIL sysusers.d/zcd.conf or tmpfiles.d/zcd.conf:"
    printf '%s\n' "$files_out"
    status=1
fi

# The default config: only comments, blank lines and commented-out `key = value` lines, and every key documented
# in docs/operations.md.
conf=$here/zcd.conf
bad=$(grep -nvE '^[[:space:]]*(#.*)?$' "$conf" || true)
missing=""
# shellcheck disable=SC2013 # keys are single words
for key in $(sed -nE 's/^#([a-z_]+) = .*/\1/p' "$conf"); do
    grep -qs "\`$key\`" "$here/../docs/operations.md" || missing="$missing $key"
done
if [ -z "$bad" ] && [ -z "$missing" ]; then
    echo "ok   zcd.conf: $(grep -cE '^#[a-z_]+ = ' "$conf") keys, all commented out and documented"
else
    [ -z "$bad" ] || printf 'FAIL zcd.conf has live lines:\n%s\n' "$bad"
    [ -z "$missing" ] || echo "FAIL keys of zcd.conf not in docs/operations.md:$missing"
    status=1
fi

if [ "$status" -eq 0 ]; then
    echo "packaging check passed"
else
    echo "packaging check FAILED"
fi
exit "$status"
