#!/usr/bin/env python3
"""KtDesk's benchmarks, each side by side with the tool a user would use instead, in one run.

Called by tests/bench/run (which builds what it needs and brings the cluster up). Prints a table
(median, min, max over the repetitions) and, last, one `RATIO <name> <value>` line per comparison:
peer/KtDesk for times, KtDesk/peer for throughputs, so larger is always better for KtDesk.
Absolute figures depend on the machine and its load; the ratios are measured in the same run.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CLIENT = os.path.join(HERE, "benchclient.py")
MiB = 1024 * 1024
NS = "ktbench"


def log(text):
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


class Results:
    def __init__(self):
        self.rows = []  # (group, name, unit, values, better)
        self.ratios = []  # (name, value, note)
        self.notes = []  # (title, lines)

    def add(self, group, name, unit, values, better="higher"):
        values = [v for v in values if v is not None]
        if values:
            self.rows.append((group, name, unit, values, better))
        return statistics.median(values) if values else None

    def ratio(self, name, kt, peer, kind):
        """kind: 'time' (peer/kt) or 'throughput' (kt/peer)."""
        if not kt or not peer:
            return
        value = peer / kt if kind == "time" else kt / peer
        self.ratios.append((name, value))

    def table(self):
        lines = [f"| {'benchmark':<58} | {'unit':<8} | {'median':>10} | {'min':>10} | {'max':>10} | {'n':>3} |",
                 f"|{'-' * 60}|{'-' * 10}|{'-' * 12}|{'-' * 12}|{'-' * 12}|{'-' * 5}|"]
        for group, name, unit, values, _ in self.rows:
            lines.append(f"| {group + ': ' + name:<58} | {unit:<8} | {fmt(statistics.median(values)):>10} | "
                         f"{fmt(min(values)):>10} | {fmt(max(values)):>10} | {len(values):>3} |")
        return "\n".join(lines)


def fmt(value):
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(host, port, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.05)
    return False


class Env:
    """The cluster, the tools and the processes a run started (all stopped at the end)."""

    def __init__(self, args):
        self.args = args
        self.build = args.build
        self.kubectl = args.kubectl
        # KTBENCH_CLI: another ktdesk-cli (e.g. a build from before a change) for A/B runs.
        self.cli = os.environ.get("KTBENCH_CLI") or os.path.join(self.build, "bin", "ktdesk-cli")
        self.ktbench = os.path.join(self.build, "tests", "ktbench")
        self.gui = os.path.join(self.build, "bin", "ktdesk")
        self.benchgui = os.path.join(self.build, "tests", "ktbenchgui")
        self.cluster = args.cluster
        self.state = f"/run/ktcluster/{self.cluster}"
        env = {}
        with open(os.path.join(self.state, "cluster.env")) as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                env[key] = value
        self.netns = env["NETNS"]
        self.ns_ip = f"10.250.{env['LINK_OCTET']}.2"
        self.link_octet = env["LINK_OCTET"]
        self.kubeconfig = os.path.join(self.state, "kubeconfig")
        self.tmp = tempfile.mkdtemp(prefix="ktbench.")
        self.procs = []
        self.cleanups = []
        self.environ = dict(os.environ, KUBECONFIG=self.kubeconfig)
        # A fresh state directory (crash journals) and no keyring prompts for the CLI.
        self.cli_environ = dict(self.environ, XDG_STATE_HOME=os.path.join(self.tmp, "state"),
                                XDG_CONFIG_HOME=os.path.join(self.tmp, "config"))
        self.cli_environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

    def kc(self, *args, check=True, capture=True):
        run = subprocess.run([self.kubectl, *args], env=self.environ, capture_output=capture, text=True)
        if check and run.returncode != 0:
            raise RuntimeError(f"kubectl {' '.join(args)}: {run.stderr}")
        return run.stdout

    def start(self, argv, env=None, **kwargs):
        proc = subprocess.Popen(argv, env=env or self.environ, **kwargs)
        self.procs.append(proc)
        return proc

    def stop(self, proc, sig=signal.SIGTERM, timeout=30):
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc in self.procs:
            self.procs.remove(proc)

    def close(self):
        for proc in list(self.procs):
            self.stop(proc, timeout=10)
        for cleanup in reversed(self.cleanups):
            try:
                cleanup()
            except Exception as error:  # noqa: BLE001 - clean up the rest anyway
                log(f"cleanup failed: {error}")
        shutil.rmtree(self.tmp, ignore_errors=True)

    def client(self, mode, target, socks=None, netns=None, **options):
        argv = [sys.executable, CLIENT, mode, "--target", target]
        if socks:
            argv += ["--socks", socks]
        for key, value in options.items():
            argv += [f"--{key}", str(value)]
        if netns:
            argv = ["ip", "netns", "exec", netns] + argv
        run = subprocess.run(argv, capture_output=True, text=True, timeout=900)
        if run.returncode != 0:
            raise RuntimeError(f"benchclient {mode} via {socks or target}: {run.stderr.strip()[-800:]}")
        return json.loads(run.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# Setup shared by the benchmarks

def setup(env):
    log("namespace, target pod and peer SSH key")
    env.kc("delete", "namespace", NS, "--ignore-not-found", "--wait=true", "--timeout=120s", check=False)
    env.kc("create", "namespace", NS)
    env.cleanups.append(lambda: env.kc("delete", "namespace", NS, "--wait=false", check=False))
    # A plain kwok pod: its port 22 reaches the shadow sshd, any other port the netlab HTTP server.
    env.kc("-n", NS, "run", "target", "--image=ktdesk-bench", "--restart=Never")
    env.kc("-n", NS, "wait", "--for=condition=Ready", "pod/target", "--timeout=90s")
    env.pod_ip = env.kc("-n", NS, "get", "pod", "target", "-o", "jsonpath={.status.podIP}").strip()
    # The netlab maps pod IP:any port (but 22) to the HTTP server once its sync loop saw the pod.
    env.target = f"{env.pod_ip}:8080"
    key = os.path.join(env.tmp, "id_ed25519")
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
    env.key = key
    with open(key + ".pub") as f:
        pub = f.read().strip()
    # The shadow sshd accepts the keys in kt ConfigMaps: the peers log in like kt-connect does.
    manifest = {"apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": "bench-peer-key", "namespace": NS, "labels": {"control-by": "kt"}},
                "data": {"authorized": pub}}
    subprocess.run([env.kubectl, "apply", "-f", "-"], input=json.dumps(manifest), text=True,
                   env=env.environ, check=True, capture_output=True)
    env.ssh_opts = ["-i", key, "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                    "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "ExitOnForwardFailure=yes",
                    "-o", "ServerAliveInterval=0"]
    deadline = time.monotonic() + 30
    while True:
        probe = env.client("probe", env.target, netns=env.netns, timeout=2)
        if probe["ok"] or time.monotonic() > deadline:
            break
    if not probe["ok"]:
        raise RuntimeError(f"the HTTP server does not answer on {env.target} in the cluster netns")


def kubectl_port_forward(env, port, address="127.0.0.1"):
    proc = env.start([env.kubectl, "-n", NS, "port-forward", "--address", address, "pod/target", f":{port}"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = proc.stdout.readline()
    match = re.search(r"Forwarding from [^:]+:(\d+)", line)
    if not match:
        raise RuntimeError(f"kubectl port-forward: {line}")
    threading.Thread(target=lambda: proc.stdout.read(), daemon=True).start()
    return proc, int(match.group(1))


def ktbench_port_forward(env, port):
    proc = env.start([env.ktbench, "portforward", NS, "target", str(port)], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    match = re.match(r"LISTENING (\d+)", line)
    if not match:
        raise RuntimeError(f"ktbench portforward: {line}")
    return proc, int(match.group(1))


# ---------------------------------------------------------------------------------------------
# 1. Port-forward engine: KtDesk's PortForwarder vs kubectl port-forward

def bench_portforward(env, res, quick):
    size = (256 if quick else 1024) * MiB
    reps = 3 if quick else 5
    count = 300 if quick else 2000
    kt_proc, kt_port = ktbench_port_forward(env, 8080)
    kc_proc, kc_port = kubectl_port_forward(env, 8080)
    sides = {"KtDesk": f"127.0.0.1:{kt_port}", "kubectl": f"127.0.0.1:{kc_port}"}
    log(f"port-forward: warm-up ({sides})")
    for target in sides.values():
        env.client("bulk", target, bytes=16 * MiB)
        env.client("latency", target, count=50)
    bulk = {side: [] for side in sides}
    p50 = {side: [] for side in sides}
    p99 = {side: [] for side in sides}
    for rep in range(reps):
        for side, target in sides.items():  # interleaved: both see the same load
            bulk[side].append(env.client("bulk", target, bytes=size)["mibPerSecond"])
            lat = env.client("latency", target, count=count)
            p50[side].append(lat["p50Ms"])
            p99[side].append(lat["p99Ms"])
        log(f"port-forward rep {rep + 1}/{reps}: " + ", ".join(
            f"{s} {bulk[s][-1]:.0f} MiB/s p50 {p50[s][-1]:.2f} ms" for s in sides))
    med = {}
    for side in sides:
        med[side] = (res.add("port-forward", f"{size // MiB} MiB download, {side}", "MiB/s", bulk[side]),
                     res.add("port-forward", f"1 KiB echo p50, {side}", "ms", p50[side], "lower"),
                     res.add("port-forward", f"1 KiB echo p99, {side}", "ms", p99[side], "lower"))
    res.ratio("portforward_throughput_vs_kubectl", med["KtDesk"][0], med["kubectl"][0], "throughput")
    res.ratio("portforward_latency_p50_vs_kubectl", med["KtDesk"][1], med["kubectl"][1], "time")
    res.ratio("portforward_latency_p99_vs_kubectl", med["KtDesk"][2], med["kubectl"][2], "time")
    cpu_breakdown(env, res, "Port-forward", {
        "KtDesk": ({"target": sides["KtDesk"]}, {"forwarder (ktbench)": [kt_proc.pid]}),
        "kubectl": ({"target": sides["kubectl"]}, {"forwarder (kubectl)": [kc_proc.pid]})}, min(size, 256 * MiB))
    env.stop(kt_proc)
    env.stop(kc_proc)


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def switches(pid):
    total = 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                total += sum(int(m) for m in re.findall(r"(?:non)?voluntary_ctxt_switches:\s+(\d+)", f.read()))
    except OSError:
        pass
    return total


def cluster_pid(env, name):
    try:
        with open(os.path.join(env.state, "pids", name)) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def netns_pids(env, comm):
    out = subprocess.run(["ip", "netns", "pids", env.netns], capture_output=True, text=True).stdout.split()
    pids = []
    for pid in out:
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() == comm:
                    pids.append(int(pid))
        except OSError:
            pass
    return pids


def cpu_breakdown(env, res, title, sides, size, netns=None):
    """CPU seconds (and context switches) per GiB moved, per process on the path: where the
    time goes. sides: {side: (client options, {process name: [pids]})}."""
    common = {"kwok (kubelet side)": [cluster_pid(env, "kwok")],
              "kube-apiserver": [cluster_pid(env, "kube-apiserver")],
              "netlab HTTP server": [cluster_pid(env, "workload-http")]}
    table = {}
    for side, (options, own) in sides.items():
        pids = dict(common, **own)
        if any("sshd" in name for name in own) or options.get("socks") or options.get("netns"):
            pids["sshd (all sessions)"] = netns_pids(env, "sshd")
        before = {name: (sum(cpu_seconds(p) for p in ps if p), sum(switches(p) for p in ps if p))
                  for name, ps in pids.items()}
        child0 = os.times()
        wall0 = time.monotonic()
        target = options.get("target", env.target)
        side_size = options.get("size", size)
        env.client("bulk", target, bytes=side_size,
                   **{k: v for k, v in options.items() if k not in ("target", "size")})
        wall = time.monotonic() - wall0
        child1 = os.times()
        gib = side_size / (1024 * MiB)
        for name, ps in pids.items():
            cpu = sum(cpu_seconds(p) for p in ps if p) - before[name][0]
            sw = sum(switches(p) for p in ps if p) - before[name][1]
            table.setdefault(name, {})[side] = f"{cpu / gib:.2f} s, {sw / gib / 1000:.1f}k cs"
        client = (child1.children_user + child1.children_system - child0.children_user - child0.children_system)
        table.setdefault("benchclient (the reader)", {})[side] = f"{client / gib:.2f} s"
        table.setdefault("wall time", {})[side] = f"{wall / gib:.2f} s"
    lines = ["| process | " + " | ".join(sides) + " |", "|---|" + "---|" * len(sides)]
    for name, values in table.items():
        lines.append(f"| {name} | " + " | ".join(values.get(side, "-") for side in sides) + " |")
    res.notes.append((f"{title}: CPU seconds and context switches (cs) per GiB downloaded, per process "
                      f"({size // MiB} MiB run)", lines))
    log(f"{title} cpu breakdown:\n" + "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# 2. Connect: KtDesk's proxy vs ssh -D over kubectl port-forward, sshuttle, ssh -D direct

def start_connect(env, port, extra=(), cli=None):
    """ktdesk-cli connect; returns (proc, start time, [(time, stderr line)])."""
    start = time.monotonic()
    proc = env.start([cli or env.cli, "-n", NS, "connect", "--proxyPort", str(port), *extra], env=env.cli_environ,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    steps = []

    def read_err():
        for line in proc.stderr:
            steps.append((time.monotonic(), line.strip()))
    threading.Thread(target=read_err, daemon=True).start()
    connected = threading.Event()

    def read_out():
        for line in proc.stdout:
            if line.startswith("Connected."):
                steps.append((time.monotonic(), "Connected. (stdout)"))
                connected.set()
    threading.Thread(target=read_out, daemon=True).start()
    return proc, start, steps, connected


def ssh_socks(env, port, ssh_port, host="127.0.0.1"):
    proc = env.start(["ssh", "-N", "-D", f"127.0.0.1:{port}", "-p", str(ssh_port), *env.ssh_opts, f"root@{host}"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if not wait_port("127.0.0.1", port, 30):
        raise RuntimeError(f"ssh -D to {host}:{ssh_port} did not listen: {proc.stderr.read(2000) if proc.poll() is not None else ''}")
    return proc


def start_sshuttle(env, pf_port):
    """sshuttle in a netns of its own (never the host's routes), reaching the kubectl
    port-forward to the shadow sshd over a veth; returns the netns name or None."""
    if not shutil.which("sshuttle"):
        log("sshuttle is not installed (installer/dev.sh deps installs it): skipped")
        return None, None
    ns = f"ktb-{env.cluster}"
    host_if, ns_if = f"ktb{env.link_octet}h", f"ktb{env.link_octet}c"
    host_ip, ns_ip = f"10.251.{env.link_octet}.1", f"10.251.{env.link_octet}.2"
    subprocess.run(["ip", "netns", "del", ns], capture_output=True)
    subprocess.run(["ip", "link", "del", host_if], capture_output=True)

    def sh(*argv):
        subprocess.run(argv, check=True)
    sh("ip", "netns", "add", ns)
    env.cleanups.append(lambda: subprocess.run(["ip", "netns", "del", ns], capture_output=True))
    sh("ip", "link", "add", host_if, "type", "veth", "peer", "name", ns_if)
    env.cleanups.append(lambda: subprocess.run(["ip", "link", "del", host_if], capture_output=True))
    sh("ip", "link", "set", ns_if, "netns", ns)
    sh("ip", "addr", "add", f"{host_ip}/30", "dev", host_if)
    sh("ip", "link", "set", host_if, "up")
    sh("ip", "netns", "exec", ns, "ip", "addr", "add", f"{ns_ip}/30", "dev", ns_if)
    sh("ip", "netns", "exec", ns, "ip", "link", "set", ns_if, "up")
    sh("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up")
    # The pod network through the host side of the veth: sshuttle's rules take it before that.
    sh("ip", "netns", "exec", ns, "ip", "route", "add", "10.244.0.0/16", "via", host_ip)
    pf_proc, pf = kubectl_port_forward(env, 22, address=host_ip)
    ssh_cmd = "ssh " + " ".join(env.ssh_opts)
    proc = env.start(["ip", "netns", "exec", ns, "sshuttle", "--method", "nft", "-r", f"root@{host_ip}:{pf}",
                      "-e", ssh_cmd, "10.244.0.0/16"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ready = threading.Event()
    errors = []

    def read_err():
        for line in proc.stderr:
            errors.append(line.strip())
            if "Connected to server" in line:
                ready.set()
    threading.Thread(target=read_err, daemon=True).start()
    if not ready.wait(60):
        log("sshuttle did not connect: " + " | ".join(errors[-5:]))
        env.stop(proc)
        return None, None
    return ns, (proc, pf_proc)


def netns_pids_of(ns, comms):
    out = subprocess.run(["ip", "netns", "pids", ns], capture_output=True, text=True).stdout.split()
    pids = []
    for pid in out:
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() in comms:
                    pids.append(int(pid))
        except OSError:
            pass
    return pids


def bench_connect(env, res, quick):
    size = (128 if quick else 512) * MiB
    reps = 3 if quick else 5
    count = 300 if quick else 2000
    kt_port, ssh_k_port, ssh_d_port = free_port(), free_port(), free_port()
    kt_proc, _, _, connected = start_connect(env, kt_port)
    if not connected.wait(120):
        raise RuntimeError("ktdesk-cli connect did not connect")
    pf_proc, pf_port = kubectl_port_forward(env, 22)
    peers = {"KtDesk": dict(socks=f"127.0.0.1:{kt_port}"),
             "ssh -D over kubectl": dict(socks=f"127.0.0.1:{ssh_k_port}"),
             "ssh -D direct (ceiling)": dict(socks=f"127.0.0.1:{ssh_d_port}")}
    ssh_k = ssh_socks(env, ssh_k_port, pf_port)
    ssh_d = ssh_socks(env, ssh_d_port, 22, host=env.ns_ip)
    # KTBENCH_CLI_B: a second ktdesk-cli (e.g. before a change) measured as one more peer.
    cli_b = os.environ.get("KTBENCH_CLI_B")
    if cli_b:
        b_port = free_port()
        b_proc, _, _, b_connected = start_connect(env, b_port, cli=cli_b)
        if not b_connected.wait(120):
            raise RuntimeError("ktdesk-cli connect (KTBENCH_CLI_B) did not connect")
        peers["KtDesk B"] = dict(socks=f"127.0.0.1:{b_port}")
    shuttle_ns, shuttle_procs = (None, None) if os.environ.get("KTBENCH_NO_SSHUTTLE") else start_sshuttle(env, pf_port)
    if shuttle_ns:
        peers["sshuttle over kubectl"] = dict(netns=shuttle_ns)
    log(f"connect: warm-up ({', '.join(peers)})")
    for opts in peers.values():
        env.client("bulk", env.target, bytes=8 * MiB, **opts)
        env.client("latency", env.target, count=50, **opts)
    bulk = {p: [] for p in peers}
    p50 = {p: [] for p in peers}
    p99 = {p: [] for p in peers}
    for rep in range(reps):
        for peer, opts in peers.items():
            # sshuttle moves a few MiB/s here: a smaller download gives its rate in reasonable time.
            peer_size = min(size, (8 if quick else 32) * MiB) if "sshuttle" in peer else size
            bulk[peer].append(env.client("bulk", env.target, bytes=peer_size, **opts)["mibPerSecond"])
            lat = env.client("latency", env.target, count=count, **opts)
            p50[peer].append(lat["p50Ms"])
            p99[peer].append(lat["p99Ms"])
        log(f"connect rep {rep + 1}/{reps}: " + ", ".join(f"{p} {bulk[p][-1]:.0f} MiB/s" for p in peers))
    med = {}
    for peer in peers:
        med[peer] = (res.add("connect", f"download, {peer}", "MiB/s", bulk[peer]),
                     res.add("connect", f"1 KiB echo p50, {peer}", "ms", p50[peer], "lower"),
                     res.add("connect", f"1 KiB echo p99, {peer}", "ms", p99[peer], "lower"))
    kt = med["KtDesk"]
    for peer, key in (("ssh -D over kubectl", "sshD_kubectl"), ("sshuttle over kubectl", "sshuttle_kubectl"),
                      ("ssh -D direct (ceiling)", "sshD_direct_ceiling"), ("KtDesk B", "KtDesk_B")):
        if peer in med:
            res.ratio(f"connect_throughput_vs_{key}", kt[0], med[peer][0], "throughput")
            res.ratio(f"connect_latency_p50_vs_{key}", kt[1], med[peer][1], "time")

    breakdown = {"KtDesk": (peers["KtDesk"], {"ktdesk-cli connect": [kt_proc.pid]}),
                 "ssh -D over kubectl": (peers["ssh -D over kubectl"], {"ssh -D": [ssh_k.pid],
                                                                          "kubectl port-forward": [pf_proc.pid]}),
                 "ssh -D direct (ceiling)": (peers["ssh -D direct (ceiling)"], {"ssh -D": [ssh_d.pid]})}
    if shuttle_ns:
        # sshuttle moves a few MiB/s: a smaller download (the figures are per GiB anyway).
        breakdown["sshuttle over kubectl"] = (dict(peers["sshuttle over kubectl"], size=(8 if quick else 32) * MiB), {
            "sshuttle (+ its ssh)": netns_pids_of(shuttle_ns, ("sshuttle", "python3", "ssh")),
            "kubectl port-forward": [shuttle_procs[1].pid]})
    cpu_breakdown(env, res, "Connect", breakdown, min(size, (32 if quick else 64) * MiB))

    if shuttle_procs:
        for proc in shuttle_procs:
            env.stop(proc)
    for proc in (ssh_k, ssh_d, pf_proc):
        env.stop(proc)
    if cli_b:
        env.stop(b_proc, signal.SIGINT)
    env.stop(kt_proc, signal.SIGINT)


def bench_fanout(env, res, quick):
    """Scale: many concurrent proxied connections, KtDesk and ssh -D over kubectl."""
    conns = 200 if quick else 1000
    kt_port, ssh_k_port = free_port(), free_port()
    kt_proc, _, _, connected = start_connect(env, kt_port)
    if not connected.wait(120):
        raise RuntimeError("ktdesk-cli connect did not connect")
    pf_proc, pf_port = kubectl_port_forward(env, 22)
    ssh_k = ssh_socks(env, ssh_k_port, pf_port)
    peers = {"KtDesk": dict(socks=f"127.0.0.1:{kt_port}"),
             "ssh -D over kubectl": dict(socks=f"127.0.0.1:{ssh_k_port}")}
    for opts in peers.values():  # warm-up
        env.client("fanout", env.target, conns=20, **opts)
    for peer in ("KtDesk", "ssh -D over kubectl"):
        out = env.client("fanout", env.target, conns=conns, **peers[peer])
        log(f"fanout {peer}: {out}")
        res.add("scale", f"{conns} concurrent connections, errors, {peer}", "count", [out["errors"]], "lower")
        res.add("scale", f"{conns} concurrent: open all, {peer}", "s", [out["openSeconds"]], "lower")
        res.add("scale", f"{conns} concurrent: request p50, {peer}", "ms", [out["p50Ms"]], "lower")
        res.add("scale", f"{conns} concurrent: request p99, {peer}", "ms", [out["p99Ms"]], "lower")
        if peer == "KtDesk":
            kt_fan = out
        else:
            res.ratio("scale_open_all_vs_sshD_kubectl", kt_fan["openSeconds"], out["openSeconds"], "time")
            res.ratio("scale_request_p99_vs_sshD_kubectl", kt_fan["p99Ms"], out["p99Ms"], "time")
    for proc in (ssh_k, pf_proc):
        env.stop(proc)
    env.stop(kt_proc, signal.SIGINT)


# ---------------------------------------------------------------------------------------------
# 3. Time to useful: connect, exchange

def bench_connect_time(env, res, quick):
    reps = 3 if quick else 5
    totals, stops = [], []
    breakdown = {}
    for rep in range(reps):
        port = free_port()
        proc, start, steps, connected = start_connect(env, port)
        probe = env.client("probe", env.target, socks=f"127.0.0.1:{port}", timeout=60)
        if not probe["ok"]:
            raise RuntimeError("connect: no proxied request succeeded within 60 s")
        totals.append(probe["at"] - start)
        prev = start
        for at, line in list(steps):
            if at > probe["at"]:
                break
            label = re.sub(r"\s+\|.*$", "", line.replace("ktdesk-cli: ", ""))
            label = re.sub(r"kt-connect-shadow-[a-z0-9]+", "kt-connect-shadow-…", label)
            label = re.sub(r"\d+", "#", label)[:70]
            breakdown.setdefault(label, []).append(at - start)
            prev = at
        breakdown.setdefault("first proxied request answered", []).append(probe["at"] - start)
        t_stop = time.monotonic()
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
        stops.append(time.monotonic() - t_stop)
        env.procs.remove(proc)
        log(f"connect time-to-useful rep {rep + 1}: {totals[-1]:.3f} s, stop {stops[-1]:.3f} s")
    res.add("time to useful", "connect: start -> first proxied request", "s", totals, "lower")
    # The test sshd finds authorized keys by running kubectl (AuthorizedKeysCommand); a real shadow
    # pod has the key in a file. That part of every SSH login here is the harness's, not KtDesk's.
    auth = []
    for _ in range(3):
        t0 = time.monotonic()
        subprocess.run(["nsenter", f"--net={env.state}/hostns", env.kubectl, "--kubeconfig",
                        f"{env.state}/admin.kubeconfig", "get", "configmaps", "-A", "-l", "control-by=kt",
                        "-o", "name"], capture_output=True)
        auth.append(time.monotonic() - t0)
    res.add("time to useful", "harness only: the test sshd's key lookup (kubectl), per login", "s", auth, "lower")
    res.add("time to useful", "connect: stop -> process ended (cluster restored)", "s", stops, "lower")
    lines = ["| step (as ktdesk-cli prints it) | reached after, median s |", "|---|---|"]
    for label, values in sorted(breakdown.items(), key=lambda kv: statistics.median(kv[1])):
        lines.append(f"| {label} | {statistics.median(values):.3f} |")
    res.notes.append(("Connect: per-step breakdown (time since start when each step began)", lines))


class LocalServer:
    """The process on this machine that an exchanged Service sends its requests to."""

    def __init__(self):
        self.first = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def do_GET(self):
                if outer.first is None:
                    outer.first = time.monotonic()
                body = b"from-laptop\n"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def cluster_port_free(env, port):
    out = subprocess.run(["ip", "netns", "exec", env.netns, "ss", "-Htln", f"sport = :{port}"],
                         capture_output=True, text=True).stdout
    return not out.strip()


def bench_exchange_time(env, res, quick):
    reps = 3 if quick else 5
    cluster_ip = ensure_web_service(env)
    before = env.kc("-n", NS, "get", "service", "web", "-o", "jsonpath={.spec.selector}")
    starts, stops = [], []
    breakdown = {}
    for rep in range(reps):
        deadline = time.monotonic() + 60
        while not cluster_port_free(env, 8088) and time.monotonic() < deadline:
            time.sleep(0.2)
        local = LocalServer()
        # A client in the cluster network asks the Service until the local process answers.
        poller = env.start(["ip", "netns", "exec", env.netns, sys.executable, "-c", POLLER, cluster_ip, "8088"],
                           stdout=subprocess.PIPE, text=True)
        start = time.monotonic()
        proc = env.start([env.cli, "-n", NS, "exchange", "web", "--expose", f"{local.port}:8088"],
                         env=env.cli_environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        steps = []

        def read_err(stream=proc.stderr, steps=steps):
            for line in stream:
                steps.append((time.monotonic(), line.strip()))
        threading.Thread(target=read_err, daemon=True).start()
        threading.Thread(target=lambda stream=proc.stdout: stream.read(), daemon=True).start()
        deadline = time.monotonic() + 90
        while local.first is None and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        env.stop(poller)
        if local.first is None:
            env.stop(proc)
            raise RuntimeError("exchange: no request reached the local process")
        starts.append(local.first - start)
        for at, line in list(steps):
            if at > local.first:
                break
            label = re.sub(r"\s+\|.*$", "", line.replace("ktdesk-cli: ", ""))
            label = re.sub(r"(kt-connect-shadow-|kt-exchange-)[a-z0-9]+", r"\1…", label)
            label = re.sub(r"\d+", "#", label)[:70]
            breakdown.setdefault(label, []).append(at - start)
        breakdown.setdefault("first request at the local process", []).append(local.first - start)
        t_stop = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
        stops.append(time.monotonic() - t_stop)
        env.procs.remove(proc)
        after = env.kc("-n", NS, "get", "service", "web", "-o", "jsonpath={.spec.selector}")
        if after != before:
            raise RuntimeError(f"exchange: the Service was not restored ({after} != {before})")
        local.server.shutdown()
        log(f"exchange rep {rep + 1}: first request after {starts[-1]:.3f} s, restored {stops[-1]:.3f} s")
    res.add("time to useful", "exchange (selector): start -> first request at local process", "s", starts, "lower")
    res.add("time to useful", "exchange: stop -> Service restored, process ended", "s", stops, "lower")
    lines = ["| step (as ktdesk-cli prints it) | reached after, median s |", "|---|---|"]
    for label, values in sorted(breakdown.items(), key=lambda kv: statistics.median(kv[1])):
        lines.append(f"| {label} | {statistics.median(values):.3f} |")
    res.notes.append(("Exchange: per-step breakdown (time since start when each step began)", lines))


POLLER = r"""
import socket, sys, time
host, port = sys.argv[1], int(sys.argv[2])
while True:
    try:
        with socket.create_connection((host, port), timeout=1) as s:
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            s.recv(4096)
    except OSError:
        pass
    time.sleep(0.01)
"""


# ---------------------------------------------------------------------------------------------
# 4. Scale: watch events through an Informer

def bench_watch(env, res, quick):
    seconds = 10 if quick else 30
    ns = "ktbench-watch"
    env.kc("delete", "namespace", ns, "--ignore-not-found", "--wait=true", "--timeout=120s", check=False)
    env.kc("create", "namespace", ns)
    env.cleanups.append(lambda: env.kc("delete", "namespace", ns, "--wait=false", check=False))
    run = subprocess.run([env.ktbench, "watch", ns, "50", "200", str(seconds)], env=env.environ,
                         capture_output=True, text=True, timeout=seconds + 180)
    if run.returncode != 0:
        raise RuntimeError(f"ktbench watch: {run.stderr[-800:]}")
    out = json.loads(run.stdout.strip().splitlines()[-1])
    per = out["perSecond"]
    log(f"watch: {json.dumps({k: v for k, v in out.items() if k != 'perSecond'})}")
    res.add("scale", "watch: patches sent per second (asked: 200)", "req/s", [out["sent"] / out["seconds"]])
    res.add("scale", "watch: patches answered per second", "req/s", [out["acknowledged"] / out["seconds"]])
    res.add("scale", "watch: Informer events per second", "ev/s", [out["received"] / out["seconds"]])
    res.add("scale", "watch: events seen / patches answered", "%",
            [100.0 * out["received"] / max(1, out["acknowledged"])])
    res.add("scale", "watch: patch latency p50 (API server write)", "ms", [out["writeP50Ms"]], "lower")
    res.add("scale", "watch: patch answered -> Informer event p50", "ms", [out["lagP50Ms"]], "lower")
    res.add("scale", "watch: patch answered -> Informer event p99", "ms", [out["lagP99Ms"]], "lower")
    third = max(1, len(per) // 3)
    first = statistics.median([p["lagP50Ms"] for p in per[:third]])
    last = statistics.median([p["lagP50Ms"] for p in per[-third:]])
    res.add("scale", "watch: Informer lag p50, first third of the run", "ms", [first], "lower")
    res.add("scale", "watch: Informer lag p50, last third (no growth = no backlog)", "ms", [last], "lower")


# ---------------------------------------------------------------------------------------------
# 5. Footprint: idle wakeups and memory

def proc_sample(pid):
    """(cpu seconds, context switches of all threads, per-thread switches, RSS MiB)."""
    hz = os.sysconf("SC_CLK_TCK")
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / hz
    switches = 0
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                status = f.read()
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                comm = f.read().strip()
        except OSError:
            continue
        n = sum(int(m) for m in re.findall(r"(?:non)?voluntary_ctxt_switches:\s+(\d+)", status))
        switches += n
        threads[f"{comm}/{tid}"] = n
    with open(f"/proc/{pid}/status") as f:
        rss = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024
    return cpu, switches, threads, rss


def measure_idle(pid, seconds):
    time.sleep(2)
    cpu0, sw0, th0, _ = proc_sample(pid)
    time.sleep(seconds)
    cpu1, sw1, th1, rss = proc_sample(pid)
    # Threads that came or went meanwhile count with what they did while both samples saw them.
    busy = {name: th1[name] - th0[name] for name in th1 if name in th0 and th1[name] > th0[name]}
    return sum(busy.values()) / seconds, (cpu1 - cpu0) / seconds * 100, rss, busy


def bench_footprint(env, res, quick):
    seconds = 5 if quick else 30
    port = free_port()
    proc, _, _, connected = start_connect(env, port)
    if not connected.wait(120):
        raise RuntimeError("connect did not connect")
    env.client("bulk", env.target, socks=f"127.0.0.1:{port}", bytes=4 * MiB)
    wakeups, cpu, rss, busy = measure_idle(proc.pid, seconds)
    res.add("footprint", "ktdesk-cli connect, idle: wakeups (context switches)", "1/s", [wakeups], "lower")
    res.add("footprint", "ktdesk-cli connect, idle: CPU", "%", [cpu], "lower")
    res.add("footprint", "ktdesk-cli connect, idle: RSS", "MiB", [rss], "lower")
    res.notes.append((f"Idle ktdesk-cli connect: threads that woke up in {seconds} s",
                      [f"- {name}: {n} switches" for name, n in sorted(busy.items())] or ["- none"]))
    # The peer: ssh -D over kubectl port-forward, idle the same way.
    pf_proc, pf_port = kubectl_port_forward(env, 22)
    ssh_port = free_port()
    ssh = ssh_socks(env, ssh_port, pf_port)
    env.client("bulk", env.target, socks=f"127.0.0.1:{ssh_port}", bytes=4 * MiB)
    w_ssh, c_ssh, r_ssh, _ = measure_idle(ssh.pid, seconds)
    w_kc, c_kc, r_kc, _ = measure_idle(pf_proc.pid, 2) if quick else measure_idle(pf_proc.pid, seconds)
    res.add("footprint", "ssh -D + kubectl port-forward, idle: wakeups", "1/s", [w_ssh + w_kc], "lower")
    res.add("footprint", "ssh -D + kubectl port-forward, idle: RSS", "MiB", [r_ssh + r_kc], "lower")
    res.ratio("footprint_idle_rss_vs_sshD_kubectl", rss, r_ssh + r_kc, "time")
    env.stop(ssh)
    env.stop(pf_proc)
    env.stop(proc, signal.SIGINT)
    if os.path.exists(env.gui):
        gui_env = dict(env.cli_environ, QT_QPA_PLATFORM="offscreen")
        gui = env.start([env.gui], env=gui_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(5)
        if gui.poll() is None:
            w, c, r, busy = measure_idle(gui.pid, seconds)
            res.add("footprint", "ktdesk (GUI, offscreen, no session), idle: wakeups", "1/s", [w], "lower")
            res.add("footprint", "ktdesk (GUI, offscreen, no session), idle: RSS", "MiB", [r], "lower")
            res.notes.append((f"Idle ktdesk GUI: threads that woke up in {seconds} s",
                              [f"- {name}: {n} switches" for name, n in sorted(busy.items())] or ["- none"]))
        env.stop(gui)
    if os.path.exists(env.benchgui):
        gui_footprint(env, res, seconds)


def ensure_web_service(env):
    """The Deployment and Service `web` (port 8088) that the exchange benchmarks take over."""
    if env.kc("-n", NS, "get", "service", "web", "--ignore-not-found", "-o", "name").strip():
        return env.kc("-n", NS, "get", "service", "web", "-o", "jsonpath={.spec.clusterIP}").strip()
    env.kc("-n", NS, "create", "deployment", "web", "--image=ktdesk-bench", "--replicas=1", "--port=8088")
    env.kc("-n", NS, "expose", "deployment", "web", "--port=8088", "--target-port=8088")
    return env.kc("-n", NS, "get", "service", "web", "-o", "jsonpath={.spec.clusterIP}").strip()


def gui_footprint(env, res, seconds):
    """The GUI's composition (ktbenchgui shell, offscreen) idle: with no session, with one
    connect (after one request through it), with a connect and an exchange."""
    ensure_web_service(env)
    gui_env = dict(env.cli_environ, QT_QPA_PLATFORM="offscreen")
    proc = env.start([env.benchgui, "shell"], env=gui_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.DEVNULL, text=True, bufsize=1)
    lines = []
    got = threading.Condition()

    def read_out():
        for line in proc.stdout:
            with got:
                lines.append(line.strip())
                got.notify_all()
    threading.Thread(target=read_out, daemon=True).start()

    def wait_for(word, timeout=120):
        with got:
            got.wait_for(lambda: any(l.startswith(("READY " + word, "FAILED")) for l in lines), timeout)
            for line in lines:
                if line.startswith("FAILED"):
                    raise RuntimeError(f"ktbenchgui: {line}")
                if line == "READY " + word:
                    lines.clear()
                    return
        raise RuntimeError(f"ktbenchgui: no READY {word}")

    local = LocalServer()
    try:
        wait_for("idle")
        phases = []
        w, c, r, busy = measure_idle(proc.pid, seconds)
        phases.append(("no session", w, c, r, busy))
        port = free_port()
        proc.stdin.write(f"connect {port} {NS}\n")
        wait_for("connect")
        env.client("bulk", env.target, socks=f"127.0.0.1:{port}", bytes=4 * MiB)
        w, c, r, busy = measure_idle(proc.pid, seconds)
        phases.append(("one connect", w, c, r, busy))
        proc.stdin.write(f"exchange {NS} web {local.port}:8088\n")
        wait_for("exchange")
        w, c, r, busy = measure_idle(proc.pid, seconds)
        phases.append(("connect + exchange", w, c, r, busy))
        for name, w, c, r, busy in phases:
            res.add("footprint", f"GUI (ktbenchgui, offscreen), {name}, idle: wakeups", "1/s", [w], "lower")
            res.add("footprint", f"GUI (ktbenchgui, offscreen), {name}, idle: CPU", "%", [c], "lower")
            res.add("footprint", f"GUI (ktbenchgui, offscreen), {name}, idle: RSS", "MiB", [r], "lower")
            res.notes.append((f"Idle GUI composition, {name}: threads that woke up in {seconds} s",
                              [f"- {t}: {n} switches" for t, n in sorted(busy.items())] or ["- none"]))
        res.ratio("footprint_gui_idle_rss_vs_80MiB_target", phases[0][3], 80.0, "time")
        proc.stdin.write("quit\n")
        proc.wait(60)
    finally:
        local.server.shutdown()
        env.stop(proc)


# ---------------------------------------------------------------------------------------------
# 6. Scale: the main window with thousands of Deployments

def bench_ui_scale(env, res, quick):
    if not os.path.exists(env.benchgui):
        raise RuntimeError("ktbenchgui is not built (a build without the GUI)")
    namespaces, per_ns = (20, 50) if quick else (100, 50)
    prefix = "ktbench-ui"
    label = f"ktbench-ui={env.cluster}"
    items = []
    for i in range(namespaces):
        items.append({"apiVersion": "v1", "kind": "Namespace",
                      "metadata": {"name": f"{prefix}-{i:03d}", "labels": {"ktbench-ui": env.cluster}}})
    for i in range(namespaces):
        for j in range(per_ns):
            name = f"svc-{j:02d}"
            labels = {"app": name}
            items.append({"apiVersion": "apps/v1", "kind": "Deployment",
                          "metadata": {"name": name, "namespace": f"{prefix}-{i:03d}"},
                          "spec": {"replicas": 0, "paused": True, "selector": {"matchLabels": labels},
                                   "template": {"metadata": {"labels": labels}, "spec": {"containers": [
                                       {"name": "c", "image": f"example/{name}:1"}]}}}})
    env.kc("delete", "namespace", "-l", label, "--wait=true", "--timeout=300s", check=False)
    env.cleanups.append(lambda: env.kc("delete", "namespace", "-l", label, "--wait=false", check=False))
    t0 = time.monotonic()
    run = subprocess.run([env.kubectl, "create", "-f", "-", "-o", "name"], input=json.dumps(
        {"apiVersion": "v1", "kind": "List", "items": items}), text=True, env=env.environ, capture_output=True)
    if run.returncode != 0:
        raise RuntimeError(f"creating the Deployments: {run.stderr[-500:]}")
    total = namespaces * per_ns
    log(f"ui-scale: {total} Deployments in {namespaces} namespaces created in {time.monotonic() - t0:.0f} s")
    first = f"Deployment/{prefix}-000/svc-00"
    last = f"Deployment/{prefix}-{namespaces - 1:03d}/svc-{per_ns - 1:02d}"
    gui_env = dict(env.cli_environ, QT_QPA_PLATFORM="offscreen")
    reps = 2 if quick else 3
    outs, peer = [], []
    for rep in range(reps):
        run = subprocess.run([env.benchgui, "workloads", first, last], env=gui_env, capture_output=True,
                             text=True, timeout=600)
        if run.returncode != 0:
            raise RuntimeError(f"ktbenchgui workloads: {run.stderr[-800:]}")
        outs.append(json.loads(run.stdout.strip().splitlines()[-1]))
        # The peer: what a user would type to see the same list.
        t0 = time.monotonic()
        env.kc("get", "deployments", "-A")
        peer.append((time.monotonic() - t0) * 1000.0)
        log(f"ui-scale rep {rep + 1}: {outs[-1]}, kubectl get {peer[-1]:.0f} ms")
    name = f"{total} Deployments in {namespaces} namespaces"
    populated = res.add("scale", f"UI: {name}: all namespaces asked -> view populated", "ms",
                        [o["populatedMs"] for o in outs], "lower")
    res.add("scale", f"UI: {name}: first rows in the model -> view populated", "ms",
            [o["dataToViewMs"] for o in outs], "lower")
    res.add("scale", f"UI: {name}: longest GUI-thread stall", "ms", [o["maxStallMs"] for o in outs], "lower")
    res.add("scale", f"UI: {name}: longest GUI-thread gap (wall clock)", "ms",
            [o["maxWallMs"] for o in outs], "lower")
    res.add("scale", f"UI: {name}: RSS with them listed", "MiB", [o["rssMiB"] for o in outs], "lower")
    res.add("scale", f"UI: {name}: RSS growth for the listing", "MiB",
            [o["rssMiB"] - o["rssBeforeMiB"] for o in outs], "lower")
    kubectl_ms = res.add("scale", f"UI: {name}: kubectl get deployments -A", "ms", peer, "lower")
    res.ratio("ui_scale_populated_vs_kubectl_get", populated, kubectl_ms, "time")


# ---------------------------------------------------------------------------------------------

BENCHES = [("portforward", bench_portforward), ("connect", bench_connect), ("fanout", bench_fanout),
           ("connect-time", bench_connect_time),
           ("exchange-time", bench_exchange_time), ("watch", bench_watch), ("ui-scale", bench_ui_scale),
           ("footprint", bench_footprint)]


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = re.search(r"model name\s*:\s*(.*)", f.read()).group(1)
    except (OSError, AttributeError):
        pass
    with open("/proc/meminfo") as f:
        mem = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1)) // 1024 // 1024
    load = os.getloadavg()
    return (f"{cpu}, {os.cpu_count()} CPUs, {mem} GiB RAM, Linux {platform.release()}; "
            f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")


def write_docs(path, res, args, started, failures):
    with open(os.path.join(HERE, "BENCHMARKS.in.md")) as f:
        template = f.read()
    notes = []
    for title, lines in res.notes:
        notes += [f"### {title}", "", *lines, ""]
    table = res.table()
    ratios = "\n".join(f"RATIO {name} {value:.2f}" for name, value in res.ratios)
    skipped = "\n".join(f"- {name}: {why}" for name, why in failures) or "- none"
    text = (template.replace("@DATE@", started.strftime("%Y-%m-%d %H:%M UTC"))
            .replace("@MACHINE@", machine())
            .replace("@COMMAND@", "tests/bench/run" + (" --quick" if args.quick else ""))
            .replace("@TABLE@", table).replace("@RATIOS@", ratios)
            .replace("@NOTES@", "\n".join(notes)).replace("@FAILURES@", skipped))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    log(f"wrote {path}")


def main():
    # TERM (tests/bench/run forwards it) ends the run like Ctrl-C: the finally below stops every
    # process this run started and undoes its setup.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--kubectl", required=True)
    parser.add_argument("--cluster", default="bench")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes; only checks that it runs")
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(n for n, _ in BENCHES))
    parser.add_argument("--docs", help="write docs/BENCHMARKS.md here")
    args = parser.parse_args()
    started = datetime.datetime.now(datetime.timezone.utc)
    env = Env(args)
    res = Results()
    failures = []
    selected = [n for n in args.only.split(",") if n] or [n for n, _ in BENCHES]
    if args.smoke:
        selected = [n for n in selected if n in ("portforward",)] or selected
        global MiB
        MiB = 64 * 1024  # sizes below shrink 16-fold
    try:
        setup(env)
        for name, fn in BENCHES:
            if name not in selected:
                continue
            t0 = time.monotonic()
            try:
                fn(env, res, args.quick or args.smoke)
            except Exception as error:  # noqa: BLE001 - report it, run the others
                log(f"{name} FAILED: {error}")
                failures.append((name, str(error)))
            log(f"{name} took {time.monotonic() - t0:.0f} s")
    finally:
        env.close()
    print()
    print(res.table())
    print()
    for title, lines in res.notes:
        print(f"{title}:")
        print("\n".join(lines))
        print()
    for name, why in failures:
        print(f"FAILED {name}: {why}")
    for name, value in res.ratios:
        print(f"RATIO {name} {value:.2f}")
    if args.docs:
        write_docs(args.docs, res, args, started, failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
