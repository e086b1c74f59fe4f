#!/usr/bin/env python3
"""Mirrors the API into the netlab netns: the part of kube-proxy and CoreDNS the tests need.

Every half second it lists Services, Endpoints and Pods and, when something changed:
  * puts every ClusterIP and Pod IP on the netns's lo,
  * writes the DNS records (<svc>.<ns>.svc.cluster.local, headless Services -> endpoint IPs),
  * writes nftables table `ktnetlab` (nat output): ClusterIP:port -> a random ready endpoint,
    where an ordinary pod's endpoint is the workload HTTP server (pod IP kept, port replaced) and
    a kt pod's endpoint is the shadow sshd's remote-forward listener (pod IP and target port kept),
  * runs a real nginx for every kt pod whose container runs an nginx image (KtDesk's mesh router):
    what the kubelet would do. The pod's ConfigMap volume mounted at /etc/nginx/conf.d becomes
    the files nginx includes inside `http {}` (like the stock image's nginx.conf); when the
    ConfigMap changes, a new nginx takes over atomically (where the router's own loop reloads
    nginx after the kubelet refreshed the mount; see Routers for why not a reload here). Pods
    share this netns, so each router's `listen PORT` becomes `listen <pod ip>:<a port of its
    own>` and the kube-proxy rules send <pod ip>:PORT there: every pod keeps its own port space,
    as in a real cluster.
"""
import argparse
import glob
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROUTER_CONF_DIR = "/etc/nginx/conf.d"
ROUTER_PORT_BASE = 20000


def api_client(state, api):
    ctx = ssl.create_default_context(cafile=os.path.join(state, "pki/ca.crt"))
    ctx.load_cert_chain(os.path.join(state, "pki/admin.crt"), os.path.join(state, "pki/admin.key"))

    def get(path, items=True):
        with urllib.request.urlopen(api + path, context=ctx, timeout=10) as reply:
            body = json.load(reply)
            return body["items"] if items else body
    return get


def is_kt(pod):
    return pod["metadata"].get("labels", {}).get("control-by") == "kt"


def router_config_map(pod):
    """The ConfigMap a router pod mounts at /etc/nginx/conf.d, or None if it is no router."""
    if not is_kt(pod):
        return None
    containers = pod["spec"].get("containers") or []
    if not containers or "nginx" not in containers[0].get("image", ""):
        return None
    mounts = {m["name"]: m["mountPath"] for m in containers[0].get("volumeMounts") or []}
    for volume in pod["spec"].get("volumes") or []:
        if "configMap" in volume and mounts.get(volume["name"], "").rstrip("/") == ROUTER_CONF_DIR:
            return volume["configMap"]["name"]
    return None


class Routers:
    """The nginx processes that play router pods, keyed by namespace/name.

    A new configuration is not a reload (SIGHUP) of the running nginx: after a reload, nginx's old
    worker keeps accepting connections for 100 ms or more next to the new one (under load much
    longer), so a client can get an answer of the new configuration and then one of the old. A
    test that waits for a change to show (QTRY) stops at the first new answer and then sees the
    old one again: tst_meshcli failed that way. Instead each configuration is a generation of its
    own: a new nginx on new local ports, which the kube-proxy rules switch to in one nft
    transaction, and only then the old one is told to finish (SIGQUIT: its open connections
    complete). Every connection made after the switch sees the new configuration and only it.
    """

    def __init__(self, state, netns):
        self.base = os.path.join(state, "routers")
        self.netns = netns
        # key -> {"ip", "ports": {pod port: local port}, "files", "dir"}: the generation in use
        self.running = {}
        self.replaced = []  # generations to finish once the rules no longer lead to them
        self.finishing = []  # generations told to finish: their ports are free once they exited
        self.free_ports = []
        self.next_port = ROUTER_PORT_BASE
        self.generation = 0
        self.stop_leftovers()

    def stop_leftovers(self):
        """nginx processes of an earlier netlab-sync of this cluster would hold our ports."""
        if os.path.isdir(self.base):
            for pid_file in glob.glob(os.path.join(self.base, "*", "nginx.pid")):
                try:
                    with open(pid_file) as f:
                        os.kill(int(f.read().strip()), signal.SIGTERM)
                except (OSError, ValueError):
                    pass
            shutil.rmtree(self.base, ignore_errors=True)

    def local_port(self, ip, port):
        for router in self.running.values():
            if router["ip"] == ip:
                return router["ports"].get(port)
        return None

    def take_port(self):
        if self.free_ports:
            return self.free_ports.pop()
        self.next_port += 1
        return self.next_port - 1

    def sync(self, get, pods):
        self.reap()
        wanted = {}
        for pod in pods:
            ip = pod.get("status", {}).get("podIP")
            name = router_config_map(pod)
            if not ip or name is None or pod["status"].get("phase") != "Running" \
                    or pod["metadata"].get("deletionTimestamp"):
                continue
            ns = pod["metadata"]["namespace"]
            try:
                data = get(f"/api/v1/namespaces/{ns}/configmaps/{name}", items=False).get("data") or {}
            except urllib.error.HTTPError:
                continue  # not there (yet): the kubelet would not start the container either
            ports = [p["containerPort"] for c in pod["spec"]["containers"] for p in c.get("ports") or []]
            wanted[f"{ns}.{pod['metadata']['name']}"] = (ip, ports, data)
        for key in list(self.running):
            if key not in wanted or wanted[key][0] != self.running[key]["ip"]:
                self.finish(self.running.pop(key), signal.SIGTERM)  # the pod is gone
        for key, (ip, ports, data) in wanted.items():
            router = self.running.get(key)
            if router is not None and router["files"] == data and self.alive(router):
                continue
            if router is not None and router["files"] == data:
                print(f"netlab-sync: router {key}: nginx died; starting it again",
                      file=sys.stderr, flush=True)
            started = self.start(key, ip, ports, data)
            if started is None:
                if router is not None:
                    router["files"] = data  # like a failed reload: the old configuration stays
                continue
            self.running[key] = started
            if router is not None:
                self.replaced.append(router)

    def start(self, key, ip, ports, data):
        """A new generation of router `key`: a new nginx on new local ports, or None."""
        self.generation += 1
        router = {"ip": ip, "ports": {port: self.take_port() for port in ports}, "files": data,
                  "dir": os.path.join(self.base, f"{key}.{self.generation}")}
        self.write(router, data)
        d = router["dir"]
        # The pod IP may not be on lo yet (the main loop adds it after this sync).
        subprocess.run(["ip", "netns", "exec", self.netns, "ip", "addr", "replace",
                        f"{ip}/32", "dev", "lo"], check=False)
        # nginx listens before it goes to the background: once this returns, the ports answer.
        done = subprocess.run(["ip", "netns", "exec", self.netns, "nginx", "-p", d, "-e",
                               f"{d}/error.log", "-c", f"{d}/nginx.conf"], capture_output=True)
        if done.returncode != 0:
            print(f"netlab-sync: router {key}: nginx did not start: {done.stderr.decode()}",
                  file=sys.stderr, flush=True)
            self.free_ports.extend(router["ports"].values())
            shutil.rmtree(d, ignore_errors=True)
            return None
        # Its pid file follows right after it went to the background.
        for _ in range(200):
            if self.master_pid(router) is not None:
                break
            time.sleep(0.01)
        return router

    def switched(self):
        """The rules now lead to the running generations only: the replaced ones may finish."""
        for router in self.replaced:
            self.finish(router, signal.SIGQUIT)
        self.replaced = []

    def finish(self, router, sig):
        pid = self.master_pid(router)
        if pid is not None:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        self.finishing.append(router)

    def reap(self):
        """Generations that have exited give their ports back."""
        for router in list(self.finishing):
            if not self.alive(router):
                self.finishing.remove(router)
                self.free_ports.extend(router["ports"].values())
                shutil.rmtree(router["dir"], ignore_errors=True)

    def write(self, router, data):
        conf_d = os.path.join(router["dir"], "conf.d")
        shutil.rmtree(conf_d, ignore_errors=True)
        os.makedirs(conf_d)
        os.makedirs(os.path.join(router["dir"], "tmp"), exist_ok=True)

        def listen(match):
            port = int(match.group(2))
            return f"{match.group(1)}{router['ip']}:{router['ports'].get(port, port)}"
        for key, text in data.items():
            with open(os.path.join(conf_d, key), "w") as f:
                f.write(re.sub(r"(\blisten\s+)(\d+)\b", listen, text))
        d = router["dir"]
        with open(os.path.join(d, "nginx.conf"), "w") as f:
            f.write(f"""user root;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log notice;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {d}/tmp/body;
    proxy_temp_path {d}/tmp/proxy;
    fastcgi_temp_path {d}/tmp/fastcgi;
    uwsgi_temp_path {d}/tmp/uwsgi;
    scgi_temp_path {d}/tmp/scgi;
    include {d}/conf.d/*.conf;
}}
""")

    def master_pid(self, router):
        try:
            with open(os.path.join(router["dir"], "nginx.pid")) as f:
                return int(f.read().strip())
        except (OSError, ValueError):
            return None

    def alive(self, router):
        pid = self.master_pid(router)
        if pid is None:
            return False
        try:
            os.kill(pid, 0)
            return True
        except ProcessLookupError:
            return False


def desired(get, http_port, routers):
    services, endpoints, pods = get("/api/v1/services"), get("/api/v1/endpoints"), get("/api/v1/pods")
    pod_by_ip = {}
    addrs = set()
    for pod in pods:
        ip = pod.get("status", {}).get("podIP")
        if ip and pod["status"].get("phase") == "Running":
            pod_by_ip[ip] = pod
            addrs.add(ip)
    routers.sync(get, pods)
    eps = {(e["metadata"]["namespace"], e["metadata"]["name"]): e for e in endpoints}
    hosts, rules = [], []
    for svc in sorted(services, key=lambda s: (s["metadata"]["namespace"], s["metadata"]["name"])):
        ns, name = svc["metadata"]["namespace"], svc["metadata"]["name"]
        fqdn = f"{name}.{ns}.svc.cluster.local"
        cip = svc["spec"].get("clusterIP")
        subsets = eps.get((ns, name), {}).get("subsets") or []
        if cip and cip != "None":
            addrs.add(cip)
            hosts.append(f"{cip} {fqdn}")
        else:
            for subset in subsets:
                for a in subset.get("addresses") or []:
                    hosts.append(f"{a['ip']} {fqdn}")
            continue
        if svc["spec"].get("selector") is None and ns == "kube-system" and name == "kube-dns":
            continue  # served in place by dnsmasq
        for port in svc["spec"].get("ports") or []:
            if port.get("protocol", "TCP") != "TCP":
                continue
            targets = []
            for subset in subsets:
                sport = next((p["port"] for p in subset.get("ports") or []
                              if p.get("name", "") == port.get("name", "")), None)
                if sport is None:
                    continue
                for a in subset.get("addresses") or []:
                    pod = pod_by_ip.get(a["ip"])
                    if pod is None:
                        continue
                    if not is_kt(pod):
                        sport = http_port
                    targets.append((a["ip"], routers.local_port(a["ip"], sport) or sport))
            if targets:
                rules.append((cip, port["port"], sorted(targets)))
    # Ordinary pods reached on their own IP: every TCP port is the workload server.
    plain = sorted(ip for ip, pod in pod_by_ip.items() if not is_kt(pod))
    # Router pods reached on their own IP: each of their ports is their nginx.
    direct = sorted((r["ip"], port, local) for r in routers.running.values()
                    for port, local in r["ports"].items())
    return addrs, hosts, rules, plain, direct


def nft_ruleset(rules, plain, direct, http_port):
    lines = ["table ip ktnetlab {", "  chain out {", "    type nat hook output priority -100; policy accept;"]
    for cip, port, targets in rules:
        if len(targets) == 1:
            lines.append(f"    ip daddr {cip} tcp dport {port} dnat ip to {targets[0][0]}:{targets[0][1]}")
        else:
            entries = ", ".join(f"{i} : {ip} . {p}" for i, (ip, p) in enumerate(targets))
            lines.append(f"    ip daddr {cip} tcp dport {port} dnat ip to numgen random mod {len(targets)} "
                         f"map {{ {entries} }}")
    for ip in plain:
        lines.append(f"    ip daddr {ip} tcp dport != {http_port} dnat ip to {ip}:{http_port}")
    for ip, port, local in direct:
        lines.append(f"    ip daddr {ip} tcp dport {port} dnat ip to {ip}:{local}")
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--state", required=True)
    parser.add_argument("--netns", required=True)
    parser.add_argument("--api", required=True)
    parser.add_argument("--http-port", type=int, required=True)
    args = parser.parse_args()
    get = api_client(args.state, args.api)
    ns = ["ip", "netns", "exec", args.netns]
    current_addrs, current_hosts, current_nft = set(), None, None
    hosts_file = os.path.join(args.state, "dns", "cluster")
    routers = Routers(args.state, args.netns)
    while True:
        try:
            addrs, hosts, rules, plain, direct = desired(get, args.http_port, routers)
        except Exception as exc:  # API restarting: keep the last state, try again
            print(f"netlab-sync: {exc}", file=sys.stderr, flush=True)
            time.sleep(1)
            continue
        addrs.add("10.96.0.10")
        for ip in sorted(addrs - current_addrs):
            subprocess.run(ns + ["ip", "addr", "replace", f"{ip}/32", "dev", "lo"], check=False)
        for ip in sorted(current_addrs - addrs):
            subprocess.run(ns + ["ip", "addr", "del", f"{ip}/32", "dev", "lo"], check=False,
                           stderr=subprocess.DEVNULL)
        current_addrs = addrs
        if hosts != current_hosts:
            tmp = hosts_file + ".tmp"
            with open(tmp, "w") as f:
                f.write("\n".join(hosts) + "\n")
            os.replace(tmp, hosts_file)
            current_hosts = hosts
        ruleset = nft_ruleset(rules, plain, direct, args.http_port)
        if ruleset != current_nft:
            script = "table ip ktnetlab {}\ndelete table ip ktnetlab\n" + ruleset
            done = subprocess.run(ns + ["nft", "-f", "-"], input=script.encode(), capture_output=True)
            if done.returncode != 0:
                print(f"netlab-sync: nft failed: {done.stderr.decode()}\n{ruleset}", file=sys.stderr, flush=True)
            else:
                current_nft = ruleset
        if ruleset == current_nft:
            routers.switched()
        # Tell readers (tests) that the netns mirrors the API as of now.
        with open(os.path.join(args.state, "netlab-synced"), "w") as f:
            f.write(f"{time.time()}\n")
        time.sleep(0.5)


if __name__ == "__main__":
    main()
