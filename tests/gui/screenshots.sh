#!/usr/bin/env bash
# Takes the README's screenshots of the real ktdesk under Xvfb, with trayer as the tray host,
# against a demo cluster (tests/cluster): main window, sessions panel with a live connect session,
# dashboard, tray menu, the exchange dialog, and the main window in Simplified Chinese (every
# screen is taken in zh_CN too: see KT_SCREENSHOT_REVIEW). The app is driven through its
# keyboard shortcuts with xdotool, as a user would; the PNGs go to docs/screenshots/ (or $1).
#
#   tests/gui/screenshots.sh [OUTPUT_DIR]
#
# Environment: KT_BUILD_DIR (default build/), KT_SCREENSHOT_CLUSTER (cluster name, default
# "shots"; brought up and down by this script unless KT_SCREENSHOT_KEEP_CLUSTER=1),
# KT_SCREENSHOT_DISPLAY (default :77), KT_SCREENSHOT_REVIEW (a folder for the zh_CN shots of every
# screen, to review the translation; not for the README).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/docs/screenshots}
BUILD=${KT_BUILD_DIR:-$ROOT/build}
NAME=${KT_SCREENSHOT_CLUSTER:-shots}
DISPLAY_NUMBER=${KT_SCREENSHOT_DISPLAY:-:77}
KTCLUSTER="$ROOT/tests/cluster/ktcluster"
WORK=$(mktemp -d)
PIDS=()

log() { printf 'screenshots: %s\n' "$*" >&2; }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${KT_SCREENSHOT_KEEP_CLUSTER:-0}" != 1 ]; then
        "$KTCLUSTER" down --name "$NAME" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

need_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
    fi
}

# Xvfb, trayer (tray host), xdotool (keys and clicks), imagemagick (import), a CJK font.
need_packages xvfb trayer xdotool imagemagick x11-utils fonts-wqy-microhei

[ -x "$BUILD/bin/ktdesk" ] || { log "no $BUILD/bin/ktdesk: build first (installer/dev.sh build)"; exit 1; }
mkdir -p "$OUT"

log "starting the demo cluster \"$NAME\""
"$KTCLUSTER" up --name "$NAME" >"$WORK/cluster.log" 2>&1 || { cat "$WORK/cluster.log" >&2; exit 1; }
"$KTCLUSTER" demo-workloads --name "$NAME" >>"$WORK/cluster.log" 2>&1
eval "$("$KTCLUSTER" env --name "$NAME")"
# The window opens in the demo's "shop" namespace: a copy of the kubeconfig says so.
cp "$KUBECONFIG" "$WORK/kubeconfig"
export KUBECONFIG="$WORK/kubeconfig"
kubectl config set-context --current --namespace=shop >/dev/null

export DISPLAY=$DISPLAY_NUMBER
Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || { log "Xvfb did not start"; cat "$WORK/xvfb.log" >&2; exit 1; }
# A plain grey desktop, and a panel with a tray at the bottom right.
xsetroot -solid '#5a6470' 2>/dev/null || true
trayer --edge bottom --align right --widthtype request --height 28 --SetDockType true \
    --transparent false --tint 0x303840 >"$WORK/trayer.log" 2>&1 &
PIDS+=($!)
sleep 1

# Settings and state of their own, so that nothing of the user's is touched or shown.
export XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
export QT_QPA_PLATFORM=xcb
unset DBUS_SESSION_BUS_ADDRESS # in-memory key store for the demo session

window_of() { # title-regex timeout-seconds -> window id
    local id="" deadline=$((SECONDS + $2))
    while [ -z "$id" ] && [ $SECONDS -lt "$deadline" ]; do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
        [ -n "$id" ] || sleep 0.3
    done
    [ -n "$id" ] || { log "no window matching \"$1\""; return 1; }
    printf '%s\n' "$id"
}

shoot_window() { # window-id file
    import -window "$1" "$OUT/$2"
    log "wrote $OUT/$2"
}

start_ktdesk() { # lang -> pid in KTDESK_PID
    LANG=$1 LC_ALL=$1 LANGUAGE='' "$BUILD/bin/ktdesk" >"$WORK/ktdesk-$1.log" 2>&1 &
    KTDESK_PID=$!
    PIDS+=("$KTDESK_PID")
}

stop_ktdesk() { # window-id
    # Quit through the app (Ctrl+Q, then confirm): it stops its sessions and undoes them first.
    xdotool windowfocus --sync "$1" key ctrl+q 2>/dev/null || true
    sleep 1
    local box
    box=$(xdotool search --onlyvisible --name "Quit KtDesk" 2>/dev/null | head -1 || true)
    [ -n "$box" ] && xdotool windowfocus --sync "$box" key alt+q 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$KTDESK_PID" 2>/dev/null || break; sleep 0.2; done
    kill "$KTDESK_PID" 2>/dev/null || true
    wait "$KTDESK_PID" 2>/dev/null || true
}

select_first_workload() { # window-id: Ctrl+F to the filter, Tab into the table (its first row)
    xdotool windowfocus --sync "$1" key ctrl+f
    sleep 0.3
    xdotool key Tab
    sleep 1.5 # the selection's pods and events arrive
}

shots() { # lang dir: every shot of one language into dir
    local lang=$1 dir=$2
    mkdir -p "$dir"
    start_ktdesk "$lang"
    main=$(window_of 'KtDesk$' 30)
    xdotool windowmove "$main" 20 20 windowsize "$main" 1200 760 2>/dev/null || true
    sleep 4 # the informers fill the tables
    select_first_workload "$main"
    OUT=$dir shoot_window "$main" main-window.png

    # The exchange dialog on the selected workload (Ctrl+E).
    xdotool windowfocus --sync "$main" key ctrl+e
    if exchange=$(window_of "$EXCHANGE_TITLE" 10); then
        sleep 0.5
        OUT=$dir shoot_window "$exchange" exchange-dialog.png
        xdotool windowfocus --sync "$exchange" key Escape
        sleep 0.5
    fi

    # Connect (Ctrl+Shift+C): the sessions panel shows the steps, then the active session.
    xdotool windowfocus --sync "$main" key ctrl+shift+c
    for _ in $(seq 60); do
        kubectl get pods -A -l control-by=kt --no-headers 2>/dev/null | grep -q Running && break
        sleep 0.5
    done
    sleep 4
    OUT=$dir shoot_window "$main" sessions-panel.png

    # The tray icon and its menu (right-click on the icon in trayer's panel, bottom right),
    # with the window moved out of the way of the crop.
    read -r width height < <(xdotool getdisplaygeometry)
    xdotool windowmove "$main" 20 0 2>/dev/null || true
    xdotool mousemove $((width - 14)) $((height - 14)) click 3
    sleep 1.5
    import -window root -crop 420x136+$((width - 420))+$((height - 136)) "$dir/tray-menu.png"
    log "wrote $dir/tray-menu.png"
    xdotool key Escape
    sleep 0.5

    # The dashboard (Ctrl+D).
    xdotool windowfocus --sync "$main" key ctrl+d
    dashboard=$(window_of "$DASHBOARD_TITLE" 20)
    xdotool windowmove "$dashboard" 60 80 2>/dev/null || true
    sleep 3
    OUT=$dir shoot_window "$dashboard" dashboard.png
    xdotool windowfocus --sync "$dashboard" key ctrl+w 2>/dev/null || true
    stop_ktdesk "$main"
}

# Titles are matched on their ASCII part, the same in every language: the exchange dialog names
# the selected workload (the first row, Deployment cart), the dashboard its context.
EXCHANGE_TITLE=' cart$'
DASHBOARD_TITLE="$(kubectl config current-context)\$"

log "English"
shots en_US.UTF-8 "$OUT"

log "Simplified Chinese"
shots zh_CN.UTF-8 "$WORK/zh_CN"
cp "$WORK/zh_CN/main-window.png" "$OUT/main-window-zh_CN.png"
log "wrote $OUT/main-window-zh_CN.png"
if [ -n "${KT_SCREENSHOT_REVIEW:-}" ]; then
    mkdir -p "$KT_SCREENSHOT_REVIEW"
    cp "$WORK/zh_CN"/*.png "$KT_SCREENSHOT_REVIEW/"
    log "the other zh_CN shots are in $KT_SCREENSHOT_REVIEW"
fi

log "done: $(ls "$OUT" | tr '\n' ' ')"
