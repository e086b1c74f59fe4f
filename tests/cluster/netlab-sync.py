#!/usr/bin/env python3
"""Mirrors the API into the netlab netns: the part of kube-proxy and CoreDNS the tests need.

Every half second it lists Services, Endpoints and Pods and, when something changed:
  * puts every ClusterIP and Pod IP on the netns's lo,
  * writes the DNS records (<svc>.<ns>.svc.cluster.local, headless Services -> endpoint IPs),
  * writes nftables table `ktnetlab` (nat output): ClusterIP:port -> a random ready endpoint,
    where an ordinary pod's endpoint is the workload HTTP server (pod IP kept, port replaced) and
    a kt pod's endpoint is the shadow sshd's remote-forward listener (pod IP and target port kept).
"""
import argparse
import json
import os
import ssl
import subprocess
import sys
import time
import urllib.request


def api_client(state, api):
    ctx = ssl.create_default_context(cafile=os.path.join(state, "pki/ca.crt"))
    ctx.load_cert_chain(os.path.join(state, "pki/admin.crt"), os.path.join(state, "pki/admin.key"))

    def get(path):
        with urllib.request.urlopen(api + path, context=ctx, timeout=10) as reply:
            return json.load(reply)["items"]
    return get


def is_kt(pod):
    return pod["metadata"].get("labels", {}).get("control-by") == "kt"


def desired(get, http_port):
    services, endpoints, pods = get("/api/v1/services"), get("/api/v1/endpoints"), get("/api/v1/pods")
    pod_by_ip = {}
    addrs = set()
    for pod in pods:
        ip = pod.get("status", {}).get("podIP")
        if ip and pod["status"].get("phase") == "Running":
            pod_by_ip[ip] = pod
            addrs.add(ip)
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
                    targets.append((a["ip"], sport if is_kt(pod) else http_port))
            if targets:
                rules.append((cip, port["port"], sorted(targets)))
    # Ordinary pods reached on their own IP: every TCP port is the workload server.
    plain = sorted(ip for ip, pod in pod_by_ip.items() if not is_kt(pod))
    return addrs, hosts, rules, plain


def nft_ruleset(rules, plain, http_port):
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
    while True:
        try:
            addrs, hosts, rules, plain = desired(get, args.http_port)
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
        ruleset = nft_ruleset(rules, plain, args.http_port)
        if ruleset != current_nft:
            script = "table ip ktnetlab {}\ndelete table ip ktnetlab\n" + ruleset
            done = subprocess.run(ns + ["nft", "-f", "-"], input=script.encode(), capture_output=True)
            if done.returncode != 0:
                print(f"netlab-sync: nft failed: {done.stderr.decode()}\n{ruleset}", file=sys.stderr, flush=True)
            else:
                current_nft = ruleset
        # Tell readers (tests) that the netns mirrors the API as of now.
        with open(os.path.join(args.state, "netlab-synced"), "w") as f:
            f.write(f"{time.time()}\n")
        time.sleep(0.5)


if __name__ == "__main__":
    main()
