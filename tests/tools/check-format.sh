#!/usr/bin/env bash
# Fails when any C++ source differs from what .clang-format asks for, and shows the diff.
set -euo pipefail
cd "$1"
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' '*.h.in' | grep -v '^build' || true)
[ ${#files[@]} -gt 0 ] || { echo "no sources found"; exit 1; }
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! diff -u --label "$f" --label "$f (clang-format)" "$f" <(clang-format --style=file --assume-filename="${f%.in}" < "$f"); then
        bad=1
    fi
done
if [ $bad -ne 0 ]; then
    echo "Format drift: run  clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
echo "${#files[@]} files formatted as .clang-format asks"
