# shellcheck shell=bash
# Sourced by scripts/reference-glance: a Glance release other than the host's, installed in a Debian root
# made with debootstrap and run with chroot. Needs ROOT (empty = the host's packages), ROOTS, STATE,
# PROG, log, die, wait_for_apt.
#
# The root is shared by every state folder of the repo (made once, reused). It is complete only when
# ROOT_MARKER exists; a root without it is half-made and is made again. While a Glance of the root is
# up (or being installed), /proc and /dev are mounted in it and each state folder is bind-mounted at its
# own path inside it, so the generated config's paths mean the same inside and outside the root.
# /dev is bound read-only: a careless `rm -rf .state` then cannot reach the host's device nodes.

ROOT_SUITE=trixie
ROOT_MARKER=.made-by-reference-glance
ROOT_LOCK="$ROOTS/.lock"

root_mounted() { mountpoint -q "$1"; }

root_mounts_under() {  # prints every mount point at or below $1, deepest first
  awk -v r="$1" '$5 == r || index($5, r "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

root_lock() {  # serialise making, mounting and unmounting the shared root (fd 8; fd 9 is the state's)
  mkdir -p "$ROOTS"
  exec 8>>"$ROOT_LOCK"
  flock -w 1800 8 || die "another '$PROG' has held $ROOT_LOCK for 1800 s; retry later"
}

root_unlock() { exec 8>&-; }

root_mount_system() {
  root_mounted "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
  if ! root_mounted "$ROOT/dev"; then
    mount --bind /dev "$ROOT/dev"
    mount -o remount,bind,ro "$ROOT/dev"
  fi
}

root_umount_system() {  # only when no state folder of any worktree is still bound in the root
  local other
  other="$(root_mounts_under "$ROOT" | grep -vx -e "$ROOT/proc" -e "$ROOT/dev" || true)"
  [[ -z "$other" ]] || return 0
  ! root_mounted "$ROOT/proc" || umount "$ROOT/proc"
  ! root_mounted "$ROOT/dev" || umount "$ROOT/dev"
}

host_mirror() {  # the Debian mirror the host's apt already uses (no other network is reachable)
  local uri
  uri="${REFERENCE_GLANCE_MIRROR:-}"
  [[ -n "$uri" ]] || uri="$(awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)"
  [[ -n "$uri" ]] || uri="$(awk '$1 == "deb" && $3 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)"
  [[ -n "$uri" ]] || die "no Debian mirror found in /etc/apt; set REFERENCE_GLANCE_MIRROR"
  echo "$uri"
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return 0
  wait_for_apt
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2 || {
    wait_for_apt; apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2; }
}

root_make() {  # debootstrap + glance-api; called with the root lock held
  local t0=$SECONDS
  [[ $EUID -eq 0 ]] || die "making $ROOT needs root (debootstrap, mount, chroot)"
  if [[ -e "$ROOT" ]]; then
    log "$ROOT is half-made (no $ROOT_MARKER): making it again"
    root_umount_system
    [[ -z "$(root_mounts_under "$ROOT")" ]] || die "something is still mounted under $ROOT; '$0 down' every state using it, then retry"
    rm -rf --one-file-system "$ROOT"
  fi
  ensure_debootstrap
  log "debootstrap $ROOT_SUITE into $ROOT (~1 min)"
  debootstrap --variant=minbase "$ROOT_SUITE" "$ROOT" "$(host_mirror)" >&2 \
    || die "debootstrap failed (see $ROOT/debootstrap/debootstrap.log); the next 'up' starts the root again"
  # No init system: refuse every service start the packages' scripts ask for.
  printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
  chmod 755 "$ROOT/usr/sbin/policy-rc.d"
  root_mount_system
  log "installing glance-api in $ROOT (~2 min, ~210 packages)"
  chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends glance-api >&2 \
    || die "apt-get install glance-api in $ROOT failed; the next 'up' makes the root again"
  touch "$ROOT/$ROOT_MARKER"
  log "made $ROOT in $((SECONDS - t0)) s ($(chroot "$ROOT" dpkg-query -W -f='glance-api ${Version}' glance-api))"
}

root_ensure() {  # make the root if needed, mount it and bind this state folder in it
  root_lock
  [[ -e "$ROOT/$ROOT_MARKER" ]] || root_make
  root_mount_system
  root_bind_state
  root_unlock
}

same_folder() { [[ "$(stat -c %d:%i "$1")" == "$(stat -c %d:%i "$2")" ]]; }

# Binds STATE at its own path in the root. A bind left behind by a removed folder of the same path (a clone
# deleted while its Glance was up) shows an empty folder in the root, so it is replaced, never reused.
root_bind_state() {
  mkdir -p "$ROOT$STATE"
  while root_mounted "$ROOT$STATE" && ! same_folder "$STATE" "$ROOT$STATE"; do
    log "replacing a stale bind of $STATE in $ROOT (its folder was removed while bound)"
    umount -l "$ROOT$STATE"
  done
  root_mounted "$ROOT$STATE" || mount --bind "$STATE" "$ROOT$STATE"
  same_folder "$STATE" "$ROOT$STATE" || die "could not bind $STATE into $ROOT; unmount $ROOT$STATE by hand and retry"
}

root_release() {  # after the server stopped: unbind this state folder from whichever root holds it,
  local root      # and that root's /proc and /dev when no other state folder uses it
  for root in "$ROOTS"/*/; do
    ROOT="${root%/}"
    root_mounted "$ROOT$STATE" || continue
    root_lock
    umount "$ROOT$STATE"
    root_umount_system
    root_unlock
  done
}
