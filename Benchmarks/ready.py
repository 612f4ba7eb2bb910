#!/usr/bin/env python3
"""Time from spawning zcd to its READY=1 notification, and its resident memory once ready.

Usage: Benchmarks/ready.py ZCD STATE_DIR [RUNS]
zcd is given a datagram socket as NOTIFY_SOCKET, as systemd does for Type=notify; the clock stops when the
READY=1 datagram arrives. Each run serves STATE_DIR on a temporary socket and is stopped with SIGTERM.
"""
import os, socket, subprocess, sys, tempfile, time

zcd, state = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
work = tempfile.mkdtemp(prefix="zcready.")
notify = os.path.join(work, "notify")
listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
listener.bind(notify)
listener.settimeout(60)
for run in range(runs):
    env = dict(os.environ, NOTIFY_SOCKET=notify)
    start = time.monotonic()
    proc = subprocess.Popen([zcd, "--socket", os.path.join(work, "zcd.sock"), "--state-dir", state,
                             "--log-level", "warning"], env=env, stderr=subprocess.DEVNULL)
    while True:
        message = listener.recv(4096).decode()
        if "READY=1" in message.split("\n"):
            break
    ready = time.monotonic() - start
    time.sleep(1)
    with open(f"/proc/{proc.pid}/status") as status:
        rss = next(line.split()[1] for line in status if line.startswith("VmRSS:"))
    proc.terminate()
    proc.wait()
    print(f"run {run + 1}: READY=1 after {ready * 1000:.1f} ms; resident {int(rss) / 1024:.1f} MB one second later")
