#!/bin/sh
# The shadow's entrypoint: install the session's public key from the mounted ConfigMap, make this
# pod's own host keys, and run sshd in the foreground as PID 1's only child.
set -eu

keys=
# KtDesk mounts the ConfigMap's "authorized" key as authorized_keys; ktctl mounts the whole
# ConfigMap, so the key arrives as a file named "authorized".
for candidate in /root/authorized/authorized_keys /root/authorized/authorized; do
    if [ -s "$candidate" ]; then
        keys=$candidate
        break
    fi
done
if [ -z "$keys" ]; then
    echo "kt-shadow: no public key in /root/authorized (the shadow's ConfigMap is not mounted)" >&2
    exit 1
fi
install -m 600 "$keys" /root/.ssh/authorized_keys

ssh-keygen -q -A
exec /usr/sbin/sshd -D -e -f /etc/ssh/sshd_config
