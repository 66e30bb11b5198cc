# shellcheck shell=bash
# Probing a local server over HTTP, never through a proxy.

http_code() {  # http_code URL [MAX_SECONDS] -> the status code (000 when nothing answers)
  curl -s -o /dev/null -w '%{http_code}' --noproxy '*' --connect-timeout 1 --max-time "${2:-5}" "$1" || true
}

port_owner() {  # port_owner PORT -> the pids listening on it (empty when none)
  fuser -n tcp "$1" 2>/dev/null | tr -s ' ' || true
}
