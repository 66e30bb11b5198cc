# shellcheck shell=bash
# Installing Debian packages on a machine other engineers' scripts also install on. Needs log.sh.

APT_WAIT_TIMEOUT="${APT_WAIT_TIMEOUT:-1800}"

apt_busy() {
  pgrep -x apt-get >/dev/null || pgrep -x apt >/dev/null || pgrep -x dpkg >/dev/null ||
    pgrep -f unattended-upgr >/dev/null ||
    fuser -s /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock 2>/dev/null
}

wait_for_apt() {
  local waited=0
  while apt_busy; do
    ((waited > 0)) || log "another apt-get/dpkg is running; waiting for it to finish (up to ${APT_WAIT_TIMEOUT}s)"
    ((waited < APT_WAIT_TIMEOUT)) || die "apt-get/dpkg still running after ${APT_WAIT_TIMEOUT}s; wait for it and rerun"
    sleep 2; waited=$((waited + 2))
  done
}

packages_installed() {  # packages_installed PKG...: every one is installed
  local pkg
  for pkg in "$@"; do
    [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" == "install ok installed" ]] || return 1
  done
}

apt_install() {  # apt_install WHAT PKG...: installs PKG... (without recommends) unless they are; WHAT names them in messages
  local what="$1" candidate
  shift
  packages_installed "$@" && return 0
  wait_for_apt                              # an install may be running in the background
  packages_installed "$@" && return 0
  [[ $EUID -eq 0 ]] || die "$what is not installed and this is not root; run: sudo apt-get install --no-install-recommends $*"
  candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')"
  if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
    log "apt-get update"
    apt-get update -q >&2
  fi
  log "installing $what"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2; then
    log "install failed; apt-get update and retry once"
    wait_for_apt
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2
  fi
  packages_installed "$@" || die "$what still not installed; see apt-get output above"
}

disable_packaged_services() {  # disable_packaged_services NAME...: on a host that runs systemd, keep them off our ports
  if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null; then
    systemctl disable --now "$@" >/dev/null 2>&1 || true
  fi
}
