#!/usr/bin/env bash
# The one entry point for people and CI. Idempotent: every step skips what is already done.
#
#   installer/dev.sh deps          install every Debian package and Go module the project needs
#   installer/dev.sh build         configure and build into build/ (Ninja + ccache)
#   installer/dev.sh run [ARGS]    deps + build + launch ktdesk (ARGS passed through)
#   installer/dev.sh test [ARGS]   deps + build + every test through CTest (ARGS go to ctest)
#   installer/dev.sh test --sanitize [ARGS]
#                                  the same with ASan + UBSan, built in build-asan/ (KT_BUILD_DIR);
#                                  KT_ASAN_FULL_STACKS=1: whole leak stacks (much slower)
#   installer/dev.sh demo          deps + build + a local demo cluster + ktdesk against it
#   installer/dev.sh package [--test]   deps + build + build/ktdesk_<version>_<arch>.deb (CPack);
#                                  --test then installs, runs and purges it on a clean Debian 12
#                                  root (tests/package/run)
#   installer/dev.sh bench [ARGS]  deps + build + the benchmarks (tests/bench/run ARGS, e.g. --quick)
#   installer/dev.sh soak [ARGS]   deps + build + the soak run (tests/soak/run ARGS, e.g. --minutes 30)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${KT_BUILD_DIR:-$ROOT/build}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths relative to the checkout in ccache keys: a fresh clone (CI) reuses earlier compilations.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
# RelWithDebInfo builds have -g, and ccache then keys on the working directory too: another
# checkout (CI's fresh clone, a worktree) would miss every time. Debug info may name the first
# checkout's directory; nothing reads it but a debugger.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

# Everything the build, the tests and the local cluster use, by Debian 12 package name.
PACKAGES=(
    # build
    cmake ninja-build ccache g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev qtkeychain-qt6-dev libssh-dev libssl-dev zlib1g-dev libyaml-cpp-dev
    clang-format clang-tidy
    # fuzzing (tests/fuzz/run): clang with libFuzzer and the sanitizer runtimes, llvm-symbolizer
    clang llvm libclang-rt-14-dev
    # local cluster and data-plane tests
    python3 unzip openssl jq curl openssh-server openssh-client nftables iproute2 dnsmasq-base dnsutils
    netcat-openbsd socat procps psmisc
    # benchmarks: the peers KtDesk is measured against (kubectl is built by tests/bench/run), and
    # perf for tests/bench/run --profile
    sshuttle linux-perf
    # the mesh router pods (stock nginx) and the h2c workload server of the local cluster
    nginx-light python3-h2
    # keychain, GUI tests and screenshots
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth trayer imagemagick
    # runtime plugins of the GUI
    qt6-qpa-plugins qt6-wayland libqt6svg6
    # packaging (.deb with computed dependencies, icons, metadata checks) and its clean-root test
    dpkg-dev file fakeroot librsvg2-bin appstream desktop-file-utils debootstrap x11-utils
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
    local pkg
    for pkg in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
    done
}

cmd_deps() {
    local missing
    missing=$(missing_packages | tr '\n' ' ')
    if [ -n "${missing// /}" ]; then
        log "Installing Debian packages: $missing"
        as_root apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends ${missing//nginx-light/}
        case " $missing " in
        *" nginx-light "*)
            # nginx's package starts a web server on port 80; the tests only run their own
            # (tests/cluster/netlab-sync.py), so keep the package's service from starting.
            local policy=/usr/sbin/policy-rc.d made=""
            if [ ! -e "$policy" ]; then
                printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
                as_root chmod 755 "$policy"
                made=1
            fi
            DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends nginx-light
            [ -z "$made" ] || as_root rm -f "$policy"
            ;;
        esac
    else
        log "Debian packages: all ${#PACKAGES[@]} present"
    fi
    if [ -x "$ROOT/tests/cluster/ktcluster" ]; then
        "$ROOT/tests/cluster/ktcluster" build
    fi
}

cmd_build() {
    # -Werror as asked, else as the build tree was configured (a plain `build` after `test` must
    # not reconfigure and rebuild everything with other flags), else off.
    local werror=${KT_WERROR:-$(cached_option KT_WERROR)}
    werror=${werror:-OFF}
    local sanitize=${KT_SANITIZE:-OFF}
    if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "$(cached_option KT_WERROR)" != "$werror" ] \
        || [ "$(cached_option KT_SANITIZE)" != "$sanitize" ]; then
        log "Configuring $BUILD_DIR (KT_WERROR=$werror KT_SANITIZE=$sanitize)"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DKT_WERROR="$werror" -DKT_SANITIZE="$sanitize"
    fi
    log "Building"
    cmake --build "$BUILD_DIR"
}

cached_option() {
    sed -n "s/^$1:BOOL=//p" "$BUILD_DIR/CMakeCache.txt" 2>/dev/null
}

cmd_run() {
    cmd_deps
    cmd_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "No display (DISPLAY/WAYLAND_DISPLAY unset): starting ktdesk under Xvfb, where it is invisible."
        exec xvfb-run -a "$BUILD_DIR/bin/ktdesk" "$@"
    fi
    exec "$BUILD_DIR/bin/ktdesk" "$@"
}

# Runs "$@" inside a private D-Bus session with a real, unlocked gnome-keyring Secret Service
# whose keyrings live in a throw-away directory.
with_secret_service() {
    local home
    home=$(mktemp -d /tmp/ktdesk-keyring.XXXXXX)
    mkdir -m 700 -p "$home/runtime" "$home/data"
    XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data" KT_KEYRING_HOME="$home" \
        dbus-run-session -- bash -c '
            printf "ktdesk-test" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
            keyring=$!
            for _ in $(seq 100); do
                dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                    | grep -q "boolean true" && break
                sleep 0.1
            done
            "$@"
            rc=$?
            kill $keyring 2>/dev/null; wait $keyring 2>/dev/null
            exit $rc' bash "$@"
    local rc=$?
    rm -rf "$home"
    return $rc
}

cmd_test() {
    if [ "${1:-}" = --sanitize ]; then
        shift
        export KT_SANITIZE=ON
        [ -n "${KT_BUILD_DIR:-}" ] || BUILD_DIR=$ROOT/build-asan
        # UBSan findings fail the test; LSan reports leaks except the suppressed third-party ones.
        # KT_ASAN_FULL_STACKS=1: the slow unwinder, so that a leak's stack goes through libraries
        # built without frame pointers (libcrypto, libssh) down to the code that allocated. It
        # unwinds at every malloc: allocation-heavy tests run 40 times slower (2.6 s -> 118 s).
        local unwind=
        [ "${KT_ASAN_FULL_STACKS:-0}" = 1 ] && unwind=:fast_unwind_on_malloc=0:malloc_context_size=40
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1$unwind}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/installer/lsan.supp:print_suppressions=0}
    fi
    cmd_deps
    KT_WERROR=ON cmd_build
    log "Running tests${KT_SANITIZE:+ (KT_SANITIZE=$KT_SANITIZE)}"
    local start=$SECONDS rc=0
    with_secret_service env KT_REQUIRE_SECRET_SERVICE=1 \
        ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error "$@" || rc=$?
    log "Tests took $((SECONDS - start)) s (exit $rc)"
    return $rc
}

cmd_demo() {
    cmd_deps
    cmd_build
    "$ROOT/tests/cluster/ktcluster" up --name demo
    "$ROOT/tests/cluster/ktcluster" demo-workloads --name demo
    eval "$("$ROOT/tests/cluster/ktcluster" env --name demo)"
    log "Demo cluster is up; KUBECONFIG=$KUBECONFIG. Stop it with: tests/cluster/ktcluster down --name demo"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        exec xvfb-run -a "$BUILD_DIR/bin/ktdesk" "$@"
    fi
    exec "$BUILD_DIR/bin/ktdesk" "$@"
}

cmd_package() {
    cmd_deps
    # The build as it is (no reconfigure for -Werror), but never a sanitizer build in a package.
    KT_WERROR=${KT_WERROR:-$(cached_option KT_WERROR)} KT_SANITIZE=OFF cmd_build
    log "Packaging"
    rm -f "$BUILD_DIR"/ktdesk_*.deb
    (cd "$BUILD_DIR" && cpack -G DEB)
    local deb
    deb=$(find "$BUILD_DIR" -maxdepth 1 -name 'ktdesk_*.deb' | head -n1)
    [ -n "$deb" ] || { log "CPack made no .deb"; return 1; }
    log "Package: $deb"
    dpkg-deb --field "$deb" Package Version Architecture Depends Recommends >&2
    if [ "${1:-}" = --test ]; then
        log "Installing, running and purging it on a clean Debian 12 root"
        "$ROOT/tests/package/run" "$deb"
    fi
}

main() {
    local verb=${1:-}
    [ $# -gt 0 ] && shift
    case "$verb" in
    deps) cmd_deps ;;
    build) cmd_deps; cmd_build ;;
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    demo) cmd_demo "$@" ;;
    package) cmd_package "$@" ;;
    bench) cmd_deps; cmd_build; exec "$ROOT/tests/bench/run" "$@" ;;
    soak) cmd_deps; cmd_build; exec "$ROOT/tests/soak/run" "$@" ;;
    *)
        sed -n '2,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        [ -z "$verb" ] || [ "$verb" = help ] || [ "$verb" = -h ] || [ "$verb" = --help ] || exit 2
        ;;
    esac
}

main "$@"
