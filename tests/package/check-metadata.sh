#!/usr/bin/env bash
# The desktop integration files as the package installs them: the .desktop entry passes
# desktop-file-validate, the AppStream metainfo passes `appstreamcli validate`, the polkit
# policy (as installed) is well-formed XML naming the installed helper, the icon is a valid SVG.
set -uo pipefail
src=$1 installed_policy=$2
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
command -v desktop-file-validate >/dev/null || skip "desktop-file-validate (desktop-file-utils) is not installed"
command -v appstreamcli >/dev/null || skip "appstreamcli (appstream) is not installed"

if ! out=$(desktop-file-validate "$src/resources/desktop/io.github.ktdesk.KtDesk.desktop" 2>&1) \
    || [ -n "$out" ]; then
    fail "desktop-file-validate: $out"
fi
out=$(appstreamcli validate --no-net --pedantic "$src/installer/appstream/io.github.ktdesk.KtDesk.metainfo.xml" 2>&1) \
    || fail "appstreamcli validate: $out"
grep -q 'Validation was successful' <<<"$out" || fail "appstreamcli validate: $out"
python3 - "$installed_policy" "$src/resources/icons/ktdesk.svg" <<'PY' || exit 1
import sys, xml.etree.ElementTree as ET
policy = ET.parse(sys.argv[1]).getroot()
action = policy.find("action[@id='io.github.ktdesk.helper']")
assert action is not None, "no action io.github.ktdesk.helper"
path = action.find("annotate[@key='org.freedesktop.policykit.exec.path']").text
assert path.endswith("/libexec/ktdesk/ktdesk-helper") and path.startswith("/"), f"exec.path is {path}"
assert action.find("defaults/allow_active").text == "auth_admin_keep"
svg = ET.parse(sys.argv[2]).getroot()
assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 128 128"
PY
echo "desktop entry, metainfo, polkit policy and icon are valid"
