# Shared by ktcluster and netlab. Expects STATE to be the cluster's state directory.

# start_bg NAME COMMAND...: runs COMMAND in its own session, logs to logs/NAME.log, and records
# its pid and command line under pids/ (so `ktcluster restart NAME` can start it again).
start_bg() {
    local name=$1
    shift
    printf '%q ' "$@" >"$STATE/pids/$name.cmd"
    setsid "$@" >>"$STATE/logs/$name.log" 2>&1 </dev/null &
    echo $! >"$STATE/pids/$name"
}
