#!/usr/bin/env bash
# Tests of the local cluster itself (CTest label "cluster"). One check per call, each in its own
# namespace, cleaned up on exit. Needs the env the CTest fixture sets (KUBECONFIG, KTCLUSTER_*).
set -euo pipefail
check=$1
: "${KUBECONFIG:?run through ctest (cluster fixture)}"
NS=harness-$check-$$
CTX=ktcluster-$KTCLUSTER_NAME
fail() { echo "FAIL [$check]: $*" >&2; exit 1; }
# Polls a condition for up to $1 seconds (no fixed sleeps: returns as soon as it holds).
eventually() {
    local timeout=$1 deadline
    shift
    deadline=$((SECONDS + timeout))
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.2
    done
}
cleanup() {
    kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1 || true
    [ -z "${bg_pids:-}" ] || kill $bg_pids 2>/dev/null || true
}
trap cleanup EXIT
kubectl create namespace "$NS" >/dev/null
nsx() { ip netns exec "$KTCLUSTER_NETNS" "$@"; }
running_pods() { [ "$(kubectl -n "$NS" get pods -l "$1" --field-selector=status.phase=Running -o name | wc -l)" -eq "$2" ]; }

# A free local port for port-forwards.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

case "$check" in
nodes)
    ready=$(kubectl get nodes -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -c True)
    [ "$ready" -ge 2 ] || fail "want >= 2 Ready nodes, got $ready"
    kubectl version -o json | grep -q '"gitVersion": "v1.34' || fail "server is not v1.34"
    echo "nodes: $ready Ready"
    ;;
workloads)
    kubectl -n "$NS" create deployment web --image=nginx:1.27 --replicas=3 --port=8080 >/dev/null
    eventually 60 running_pods app=web 3 || fail "3 pods did not become Running"
    ips=$(kubectl -n "$NS" get pods -l app=web -o jsonpath='{.items[*].status.podIP}')
    [ "$(wc -w <<<"$ips")" -eq 3 ] || fail "pods lack IPs: '$ips'"
    kubectl -n "$NS" expose deployment web --port=80 --target-port=8080 >/dev/null
    cip=$(kubectl -n "$NS" get svc web -o jsonpath='{.spec.clusterIP}')
    python3 -c "import ipaddress,sys; sys.exit(ipaddress.ip_address('$cip') not in ipaddress.ip_network('10.96.0.0/12'))" \
        || fail "ClusterIP $cip not in 10.96.0.0/12"
    endpoints() { [ "$(kubectl -n "$NS" get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{.items[*].endpoints[*].addresses[0]}' | wc -w)" -eq "$1" ]; }
    eventually 30 endpoints 3 || fail "Service has no 3 endpoints"
    kubectl -n "$NS" scale deployment web --replicas=1 >/dev/null
    eventually 60 running_pods app=web 1 || fail "scale to 1 did not converge"
    eventually 30 endpoints 1 || fail "endpoints did not follow the scale-down"
    kubectl -n "$NS" patch deployment web --type=merge -p '{"metadata":{"annotations":{"kt-test":"yes"}}}' >/dev/null
    [ "$(kubectl -n "$NS" get deployment web -o jsonpath='{.metadata.annotations.kt-test}')" = yes ] || fail "patch lost"
    kubectl -n "$NS" delete deployment web --wait=true >/dev/null
    eventually 60 running_pods app=web 0 || fail "pods not removed after delete"
    echo "workloads: deployment, service $cip, endpoints, scale, patch, delete behave"
    ;;
portforward)
    kubectl -n "$NS" run shadow --image=kt-connect-shadow --labels=control-by=kt >/dev/null
    eventually 60 running_pods control-by=kt 1 || fail "kt pod not Running"
    port=$(free_port)
    kubectl -n "$NS" port-forward pod/shadow "$port:22" >/dev/null 2>&1 &
    bg_pids=$!
    got() { ssh-keyscan -T 3 -t ecdsa -p "$port" 127.0.0.1 2>/dev/null | awk '{print $3}' | grep .; }
    eventually 20 got || fail "ssh-keyscan through port-forward got no key"
    want=$(awk '{print $2}' "$KTCLUSTER_STATE_DIR/ssh/ssh_host_ecdsa_key.pub")
    [ "$(got)" = "$want" ] || fail "host key through port-forward differs from the shadow sshd's"
    echo "portforward: kubectl port-forward pod/shadow :22 reaches the shadow sshd (host key matches)"
    ;;
forward-shortcut)
    kubectl -n "$NS" run app --image=example/app >/dev/null
    eventually 60 running_pods run=app 1 || fail "pod not Running"
    target=$(free_port)
    python3 -c "
import socket,sys
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1',$target)); s.listen()
while True:
    c,_=s.accept(); c.sendall(b'backed-by-local-process\n'); c.close()" &
    bg_pids=$!
    "$KTCLUSTER" forward "$NS/app" "9000=127.0.0.1:$target" --name "$KTCLUSTER_NAME" >/dev/null
    port=$(free_port)
    kubectl -n "$NS" port-forward pod/app "$port:9000" >/dev/null 2>&1 &
    bg_pids="$bg_pids $!"
    answer() { [ "$(timeout 3 nc 127.0.0.1 "$port" </dev/null)" = backed-by-local-process ]; }
    eventually 20 answer || fail "pod port 9000 does not reach the local process"
    echo "forward-shortcut: ktcluster forward backs pod port 9000 by a local process"
    ;;
shadow-keys)
    kubectl -n "$NS" run shadow --image=kt-connect-shadow --labels=control-by=kt >/dev/null
    eventually 60 running_pods control-by=kt 1 || fail "kt pod not Running"
    dir=$(mktemp -d)
    trap 'cleanup; rm -rf "$dir"' EXIT
    ssh-keygen -q -t rsa -b 2048 -N '' -f "$dir/allowed"
    ssh-keygen -q -t ed25519 -N '' -f "$dir/stranger"
    kubectl -n "$NS" create configmap shadow --from-file=authorized="$dir/allowed.pub" >/dev/null
    kubectl -n "$NS" label configmap shadow control-by=kt >/dev/null
    port=$(free_port)
    kubectl -n "$NS" port-forward pod/shadow "$port:22" >/dev/null 2>&1 &
    bg_pids=$!
    sshx() { ssh -p "$port" -i "$1" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no \
        -o UserKnownHostsFile=/dev/null -o ConnectTimeout=5 -o LogLevel=ERROR root@127.0.0.1 "${@:2}"; }
    eventually 20 sshx "$dir/allowed" true || fail "key from the kt ConfigMap is refused"
    ! sshx "$dir/stranger" true 2>/dev/null || fail "a key that no kt ConfigMap holds was accepted"
    # kt-connect's shadow only offers aes-ctr ciphers: a client insisting on chacha20 must fail.
    ! sshx "$dir/allowed" -c chacha20-poly1305@openssh.com true 2>/dev/null || fail "non-ctr cipher accepted"
    hostname=$(sshx "$dir/allowed" cat /proc/sys/kernel/hostname)
    [ -n "$hostname" ] || fail "no command output over ssh"
    echo "shadow-keys: sshd accepts exactly the kt ConfigMap keys, aes-ctr only"
    ;;
netlab-dns)
    kubectl -n "$NS" create deployment api --image=example/api --replicas=2 --port=8080 >/dev/null
    kubectl -n "$NS" expose deployment api --port=80 --target-port=8080 >/dev/null
    cip=$(kubectl -n "$NS" get svc api -o jsonpath='{.spec.clusterIP}')
    eventually 60 running_pods app=api 2 || fail "pods not Running"
    dns() { [ "$(nsx dig +short +tcp @10.96.0.10 "$1")" = "$2" ]; }
    eventually 20 dns "api.$NS.svc.cluster.local" "$cip" || fail "no A record for api.$NS.svc.cluster.local"
    [ "$(nsx dig +short @10.96.0.10 "api.$NS.svc.cluster.local")" = "$cip" ] || fail "UDP answer differs"
    nsx dig @10.96.0.10 "missing.$NS.svc.cluster.local" | grep -q 'status: NXDOMAIN' || fail "no NXDOMAIN for a missing name"
    # Search-path forms resolve inside the netns like they would in a pod of that namespace.
    [ "$(nsx dig +short +search "api.$NS" | tail -1)" = "$cip" ] || fail "search-path form api.$NS failed"
    served() { nsx curl -fsS -m 3 "http://api.$NS/" | grep -q '"addr": "10.244.'; }
    eventually 20 served || fail "http://api.$NS/ not served by a pod"
    echo "netlab-dns: api.$NS.svc.cluster.local -> $cip, NXDOMAIN, search path, HTTP via service"
    ;;
netlab-isolation)
    # The host must not reach the cluster network except through a tunnel.
    route=$(ip route get 10.96.0.1 2>&1 || true)
    grep -q 'No route to host' <<<"$route" || fail "host routes 10.96.0.1 somewhere: $route"
    ! curl -s -m 2 http://10.96.0.1/ >/dev/null 2>&1 || fail "host reached a service IP without a tunnel"
    nsx ss -Htln 'sport = :22' | grep -q . || fail "no sshd in the netns"
    echo "netlab-isolation: cluster CIDRs are unreachable from the host; sshd is in the netns"
    ;;
rbac)
    R="--context $CTX-restricted" N="--context $CTX-nobody"
    # shellcheck disable=SC2086
    kubectl $R -n "$NS" get pods >/dev/null || fail "restricted user cannot list pods"
    # shellcheck disable=SC2086
    kubectl $R -n "$NS" create configmap ok --from-literal=a=b >/dev/null || fail "restricted user cannot create configmaps"
    # shellcheck disable=SC2086
    out=$(kubectl $R -n "$NS" get secrets 2>&1) && fail "restricted user can read secrets"
    grep -q 'Forbidden' <<<"$out" || fail "expected Forbidden, got: $out"
    # shellcheck disable=SC2086
    out=$(kubectl $N -n "$NS" get pods 2>&1) && fail "nobody can list pods"
    grep -q 'forbidden: User "kt-nobody" cannot list resource "pods"' <<<"$out" || fail "unexpected: $out"
    # shellcheck disable=SC2086
    [ "$(kubectl $R auth can-i create pods --subresource=portforward -n "$NS")" = yes ] || fail "restricted user lacks pods/portforward"
    echo "rbac: restricted user allowed what resources/rbac grants and refused secrets; nobody gets 403"
    ;;
router-switch)
    # A router pod (nginx image, ConfigMap at /etc/nginx/conf.d) gets new configurations: from
    # the first answer of a new one on, no client gets an answer of an older one (netlab-sync
    # switches to a new nginx instead of reloading the running one; see Routers there).
    conf() { printf 'server { listen 8080; location / { return 200 "v%s\\n"; } }\n' "$1"; }
    kubectl -n "$NS" create configmap r --from-literal=default.conf="$(conf 1)" >/dev/null
    kubectl -n "$NS" apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Pod
metadata: {name: r, labels: {control-by: kt, app: r}}
spec:
  containers:
  - name: router
    image: docker.io/library/nginx:1.27-alpine
    ports: [{containerPort: 8080}]
    volumeMounts: [{name: conf, mountPath: /etc/nginx/conf.d}]
  volumes: [{name: conf, configMap: {name: r}}]
---
apiVersion: v1
kind: Service
metadata: {name: r}
spec:
  selector: {app: r}
  ports: [{port: 80, targetPort: 8080}]
EOF
    ask() { nsx curl -s -m 5 "http://r.$NS:80/"; }
    is() { [ "$(ask)" = "v$1" ]; }
    eventually 60 is 1 || fail "the router never answered v1"
    answers=$(mktemp)
    # A client that asks as fast as it can (one new connection per request) until it hears v5.
    nsx python3 -c '
import sys, time, urllib.request
deadline = time.time() + 120
with open(sys.argv[2], "w") as out:
    while time.time() < deadline:
        try:
            answer = urllib.request.urlopen(sys.argv[1], timeout=5).read().decode().strip()
        except OSError as error:
            answer = ""
        if answer:
            print(answer, file=out, flush=True)
        if answer == "v5":
            break
' "http://r.$NS:80/" "$answers" &
    reader=$!
    for v in 2 3 4 5; do
        kubectl -n "$NS" create configmap r --from-literal=default.conf="$(conf "$v")" \
            --dry-run=client -o yaml | kubectl -n "$NS" replace -f - >/dev/null
        eventually 30 is "$v" || fail "the router never answered v$v"
    done
    wait "$reader"
    seen=$(grep -c . "$answers")
    order=$(uniq -c "$answers" | tr -s ' \n' ' ')
    grep . "$answers" | sort -c -V 2>/dev/null || { rm -f "$answers"; fail "an older configuration answered after a newer one:$order"; }
    rm -f "$answers"
    echo "router-switch: $seen answers over 4 configuration changes, never an older one after a newer one:$order"
    ;;
*) fail "unknown check" ;;
esac
