#!/usr/bin/env python3
"""Where the time goes: flat `perf` profiles of every process on a download's path, KtDesk's side
next to the peer's, in one run (called by `tests/bench/run --profile portforward|connect`).

For each side, `perf record -F 999` samples kwok (the kubelet side), kube-apiserver and the
forwarder(s) while benchclient downloads through them; the samples are counted per GiB (CPU
time per GiB at 999 samples per second) and split into kernel, TLS/SSH crypto, Go garbage
collection, Go allocation, memory copies and the rest. The Go binaries are stripped of their
symbol tables, but not of the runtime's line table: `go tool addr2line` names their functions.
Prints one table per side and process, then the top functions. Nothing is asserted.
"""
import argparse
import collections
import os
import re
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402 - the benchmarks' setup and helpers

MiB = 1024 * 1024
CATEGORIES = [  # first match wins; checked against the function (or library) name
    ("kernel", re.compile(r"^\[kernel\]$")),
    ("crypto", re.compile(r"crypto|libcrypto|libssl|gcmAes|aes|sha|chacha|poly1305|bigmod|libssh")),
    ("Go GC", re.compile(r"^runtime\.(scan|greyobject|findObject|gcDrain|gcMark|markroot|markBits|"
                         r"tryDeferToSpanScan|\(\*gcWork\)|\(\*spanSet\)|wbBuf|bulkBarrier|gcBgMark|"
                         r"\(\*mspan\)\.(markBits|heapBits|typePointers)|heapSetType|typePointers|spanOf|"
                         r"\(\*gcBits\)|sweepone|\(\*sweepLocked\)|\(\*mheap\)|scanblock|scanstack)|"
                         r"internal/runtime/gc/")),
    ("Go alloc", re.compile(r"^runtime\.(mallocgc|memclrNoHeapPointers|newobject|makeslice|growslice|"
                            r"\(\*mcache\)|\(\*mcentral\)|nextFreeFast)")),
    ("copies", re.compile(r"memmove|memcpy|__memcpy|__memmove")),
]


def categorize(name):
    for category, pattern in CATEGORIES:
        if pattern.search(name):
            return category
    return "other"


def symbolize(binary, addresses):
    go = shutil.which("go") or "/usr/local/go/bin/go"
    if not addresses or not os.path.exists(go):
        return {}
    run = subprocess.run([go, "tool", "addr2line", binary], input="\n".join(addresses) + "\n",
                         capture_output=True, text=True)
    lines = run.stdout.splitlines()
    return {a: lines[2 * i] for i, a in enumerate(addresses) if 2 * i < len(lines) and lines[2 * i] != "?"}


def native_symbols(data):
    """perf's own symbols for the native (non-Go) processes: {(pid, ip): symbol}."""
    out = subprocess.run(["perf", "script", "-i", data, "-F", "pid,ip,sym"], capture_output=True,
                         text=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3:
            symbols[(int(parts[0]), parts[1])] = parts[2].strip()
    return symbols


def profile(env, side, client_options, processes, size):
    """processes: {name: [pids]}. Returns {name: (samples per GiB, Counter of functions)}."""
    data = os.path.join(env.tmp, f"perf-{re.sub(r'[^a-z0-9]+', '-', side.lower())}.data")
    pids = sorted({p for ps in processes.values() for p in ps if p})
    record = subprocess.Popen(["perf", "record", "-F", "999", "-o", data, "-p", ",".join(map(str, pids))],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    options = dict(client_options)
    target = options.pop("target", env.target)
    rate = env.client("bulk", target, bytes=size, **options)["mibPerSecond"]
    record.send_signal(signal.SIGINT)
    record.wait()
    script = subprocess.run(["perf", "script", "-i", data, "-F", "pid,ip,dso"], capture_output=True,
                            text=True).stdout
    native = native_symbols(data)
    samples = collections.defaultdict(list)
    for line in script.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            samples[int(parts[0])].append((parts[1], parts[2].strip("()")))
    gib = size / (1024 * MiB)
    result = {}
    for name, ps in processes.items():
        functions = collections.Counter()
        for pid in ps:
            try:
                exe = os.readlink(f"/proc/{pid}/exe")
            except OSError:
                exe = ""
            user = sorted({ip for ip, dso in samples.get(pid, []) if "kernel" not in dso})
            go = symbolize(exe, user) if exe and is_go(exe) else {}
            for ip, dso in samples.get(pid, []):
                if "kernel" in dso:
                    functions["[kernel]"] += 1
                elif ip in go:
                    functions[go[ip]] += 1
                else:
                    symbol = native.get((pid, ip), "[unknown]")
                    functions[f"{symbol} ({os.path.basename(dso)})" if symbol != "[unknown]"
                              else os.path.basename(dso)] += 1
        result[name] = (sum(functions.values()) / gib, functions)
    return rate, result


def is_go(path):
    """A Go program: it has the runtime's line table (kept by stripping)."""
    run = subprocess.run(["readelf", "-S", "-W", path], capture_output=True, text=True)
    return ".gopclntab" in run.stdout


def report(sides):
    lines = []
    names = [c for c, _ in CATEGORIES] + ["other"]
    lines.append("| side | process | samples/GiB | " + " | ".join(names) + " |")
    lines.append("|---|---|---|" + "---|" * len(names))
    for side, (rate, procs) in sides.items():
        total = 0
        for proc, (per_gib, functions) in procs.items():
            total += per_gib
            n = max(1, sum(functions.values()))
            shares = collections.Counter()
            for function, count in functions.items():
                shares[categorize(function)] += count
            lines.append(f"| {side} ({rate:.0f} MiB/s) | {proc} | {per_gib:.0f} | "
                         + " | ".join(f"{100 * shares[c] / n:.0f}%" for c in names) + " |")
        lines.append(f"| {side} | **all of the above** | **{total:.0f}** |" + " |" * len(names))
    lines.append("")
    for side, (rate, procs) in sides.items():
        for proc, (per_gib, functions) in procs.items():
            n = max(1, sum(functions.values()))
            top = ", ".join(f"{f} {100 * c / n:.1f}%" for f, c in functions.most_common(8))
            lines.append(f"- {side}, {proc}: {top}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--kubectl", required=True)
    parser.add_argument("--cluster", default="bench")
    parser.add_argument("--size", type=int, default=256, help="MiB per download")
    parser.add_argument("mode", choices=("portforward", "connect"))
    args = parser.parse_args()
    args.quick, args.smoke, args.only, args.docs = True, False, "", None
    if not shutil.which("perf"):
        sys.exit("profile: perf is not installed (installer/dev.sh deps installs linux-perf)")
    env = bench.Env(args)
    size = args.size * MiB
    sides = {}
    try:
        bench.setup(env)
        common = {"kwok (kubelet side)": [bench.cluster_pid(env, "kwok")],
                  "kube-apiserver": [bench.cluster_pid(env, "kube-apiserver")]}
        if args.mode == "portforward":
            kt_proc, kt_port = bench.ktbench_port_forward(env, 8080)
            kc_proc, kc_port = bench.kubectl_port_forward(env, 8080)
            plan = {"KtDesk": ({"target": f"127.0.0.1:{kt_port}"}, {"ktbench portforward": [kt_proc.pid]}),
                    "kubectl": ({"target": f"127.0.0.1:{kc_port}"}, {"kubectl port-forward": [kc_proc.pid]})}
        else:
            kt_port, ssh_port = bench.free_port(), bench.free_port()
            kt_proc, _, _, connected = bench.start_connect(env, kt_port)
            if not connected.wait(120):
                raise RuntimeError("ktdesk-cli connect did not connect")
            pf_proc, pf_port = bench.kubectl_port_forward(env, 22)
            ssh = bench.ssh_socks(env, ssh_port, pf_port)
            sshd = {"sshd": bench.netns_pids(env, "sshd")}
            plan = {"KtDesk": ({"socks": f"127.0.0.1:{kt_port}"}, dict(sshd, **{"ktdesk-cli connect": [kt_proc.pid]})),
                    "ssh -D over kubectl": ({"socks": f"127.0.0.1:{ssh_port}"},
                                            dict(sshd, **{"ssh -D": [ssh.pid], "kubectl port-forward": [pf_proc.pid]}))}
        for options, _ in plan.values():  # warm-up
            o = dict(options)
            env.client("bulk", o.pop("target", env.target), bytes=16 * MiB, **o)
        for side, (options, own) in plan.items():
            bench.log(f"profile: {side}, {args.size} MiB")
            sides[side] = profile(env, side, options, dict(common, **own), size)
    finally:
        env.close()
    print(report(sides))


if __name__ == "__main__":
    main()
