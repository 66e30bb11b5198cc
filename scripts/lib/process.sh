# shellcheck shell=bash
# Servers started in their own session with a pid file, found again by that file and stopped by it.
# Needs log.sh.

STOP_GRACE="${STOP_GRACE:-10}"

# Debian's Python programs (glance, keystone, swift) must run on /usr/bin/python3, never a pyenv/venv one.
SYSTEM_PYTHON_ENV=(env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV -u PYENV_VERSION
                   PYTHONNOUSERSITE=1 "PATH=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin:$PATH")

pid_of() {  # pid_of PIDFILE GLOB... -> the pid in PIDFILE if that process lives and its command line matches a GLOB
  local pid cmdline glob
  [[ -s "$1" ]] || return 1
  pid="$(tr -dc '0-9' < "$1")"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" || return 1
  for glob in "${@:2}"; do            # a match guards against a recycled pid
    # shellcheck disable=SC2053
    if [[ "$cmdline" == $glob ]]; then echo "$pid"; return 0; fi
  done
  return 1
}

stop_by_pidfile() {  # stop_by_pidfile PIDFILE NAME GLOB...: TERM, then KILL after STOP_GRACE seconds
  local pid i
  if ! pid="$(pid_of "$1" "${@:3}")"; then
    rm -f "$1"
    return 0
  fi
  log "stopping $2 (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_GRACE * 10; i++)); do
    [[ -e "/proc/$pid" ]] || break
    sleep 0.1
  done
  if [[ -e "/proc/$pid" ]]; then
    log "$2 (pid $pid) still alive after ${STOP_GRACE}s: kill -9"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do [[ -e "/proc/$pid" ]] || break; sleep 0.1; done
  fi
  rm -f "$1"
}

start_detached() {  # start_detached DIR PIDFILE OUTFILE COMMAND...: runs COMMAND in DIR, detached
  # setsid: own session, survives this shell. The inner bash closes every inherited fd above 2 (a caller's
  # flock on fd 9, any pipe), records its pid, then execs COMMAND (same pid). Started directly with '&':
  # a wrapping subshell would sit on fd 9 and the lock.
  local dir="$1" pidfile="$2" outfile="$3"
  shift 3
  # shellcheck disable=SC2016
  setsid /bin/bash -c '
      for fd in /proc/$$/fd/*; do fd=${fd##*/}; ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null; done
      cd "$1" && echo $$ > "$2" && exec "${@:3}"' \
      _ "$dir" "$pidfile" "$@" </dev/null >>"$outfile" 2>&1 9<&- &
  disown $! 2>/dev/null || true
}

wait_started() {  # wait_started PIDFILE SECONDS HEALTH-COMMAND...: 0 healthy, 1 the process died, 2 timed out
  local pidfile="$1" deadline=$((SECONDS + $2)) pid
  shift 2
  while ((SECONDS < deadline)); do
    "$@" && return 0
    # give the wrapper a moment to write the pid file, then fail fast if the process died
    if [[ -s "$pidfile" ]]; then
      pid="$(tr -dc '0-9' < "$pidfile")"
      if [[ -n "$pid" && ! -e "/proc/$pid" ]]; then
        rm -f "$pidfile"
        return 1
      fi
    fi
    sleep 0.2
  done
  return 2
}

show_logs() {  # show_logs FILE...: the last 30 lines of each non-empty one
  local f
  for f in "$@"; do
    if [[ -s "$f" ]]; then
      echo "---- last 30 lines of $f" >&2
      tail -n 30 "$f" >&2
    fi
  done
}

lock_folder() {  # lock_folder DIR: serialise this script's commands on DIR (flock on fd 9; survives wiping DIR's content)
  mkdir -p "$1"
  exec 9<"$1"
  flock -w 900 9 || die "another '$PROG' has been busy with $1 for 900 s; retry later"
}
