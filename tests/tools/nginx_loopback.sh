# tests/tools/nginx_loopback.sh: start and stop a private nginx (Debian's
# package) on loopback, for the fetch test against a real web server
# (tests/sh/test_fetch_nginx.sh) and the fetch benchmark
# (tests/tools/bench_fetch.sh). Sourced, not run.
#
# The server runs as the calling user, from a config written to a directory
# the caller owns (pid file, error log and temp paths all inside it), on a
# free port picked at start, so tests can run side by side and need no root.
# When the caller is root, the workers stay root too (nginx would otherwise
# switch them to "nobody", who may not be able to read the served tree).
#
#   zd_nginx_start DIR ROOT [NADDR [WORKERS]]
#       serve directory ROOT (absolute) with gzip on (text/html, text/plain)
#       on 127.0.0.1 .. 127.0.0.NADDR (default 1), all on one port, with
#       WORKERS worker processes (default 1). Sets NGINX_PID and NGINX_PORT;
#       returns 1 (with the error log on stderr) when nginx does not start.
#   zd_nginx_stop
#       stop it (SIGQUIT: finish requests, then exit) and wait for it.

zd_nginx_bin() {
    command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; }
}

zd_nginx_start() {
    local dir=$1 root=$2 naddr=${3:-1} workers=${4:-1} bin try i
    bin=$(zd_nginx_bin) || return 1
    mkdir -p "$dir/tmp"
    NGINX_PID= NGINX_PORT=
    for try in 1 2 3 4 5; do
        local port
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        {
            echo "daemon off;"
            echo "master_process on;"
            echo "worker_processes $workers;"
            echo "pid $dir/nginx.pid;"
            echo "error_log $dir/error.log warn;"
            [ "$(id -u)" -eq 0 ] && echo "user root;"
            echo "events { worker_connections 2048; }"
            echo "http {"
            echo "    access_log off;"
            echo "    sendfile on;"
            echo "    keepalive_requests 100000;"
            for t in client_body proxy fastcgi uwsgi scgi; do
                echo "    ${t}_temp_path $dir/tmp/$t;"
            done
            echo "    types { text/html html htm; text/plain txt; }"
            echo "    default_type application/octet-stream;"
            echo "    gzip on;"
            echo "    gzip_min_length 0;"
            echo "    gzip_types text/plain;"
            echo "    server {"
            for i in $(seq 1 "$naddr"); do echo "        listen 127.0.0.$i:$port;"; done
            echo "        root $root;"
            echo "    }"
            echo "}"
        } >"$dir/nginx.conf"
        : >"$dir/error.log"
        "$bin" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" 2>>"$dir/error.log" &
        NGINX_PID=$!
        for i in $(seq 100); do
            kill -0 "$NGINX_PID" 2>/dev/null || break
            if (exec 3<>"/dev/tcp/127.0.0.$naddr/$port") 2>/dev/null; then
                NGINX_PORT=$port
                return 0
            fi
            sleep 0.05
        done
        kill "$NGINX_PID" 2>/dev/null
        wait "$NGINX_PID" 2>/dev/null
        NGINX_PID=
        grep -q 'in use' "$dir/error.log" || break # not a port clash: give up
    done
    cat "$dir/error.log" >&2
    return 1
}

zd_nginx_stop() {
    [ -n "${NGINX_PID:-}" ] || return 0
    kill -QUIT "$NGINX_PID" 2>/dev/null
    wait "$NGINX_PID" 2>/dev/null
    NGINX_PID=
}
