#!/usr/bin/env bash
# ktdesk-cli as a user meets it: --version prints the project version, --help lists the verbs,
# an unknown verb is a usage error.
set -uo pipefail
cli=$1 version=$2
fail() { echo "FAIL: $*"; exit 1; }
out=$(QT_QPA_PLATFORM= "$cli" --version) || fail "--version exited $?"
[ "$out" = "ktdesk-cli $version" ] || fail "--version printed '$out', want 'ktdesk-cli $version'"
help=$("$cli" --help) || fail "--help exited $?"
for verb in connect exchange mesh preview forward recover clean birdseye contexts; do
    grep -q "^  $verb" <<<"$help" || fail "--help does not list $verb"
done
"$cli" frobnicate 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "unknown verb exited $rc, want 2"
echo "cli basics hold"
