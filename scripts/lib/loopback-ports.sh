# shellcheck shell=bash
# Sourced: the loopback web-download source ports of scripts/lib/loopback-source-ports.

LOOPBACK_SOURCE_PORTS_FILE="$(dirname "${BASH_SOURCE[0]}")/loopback-source-ports"

loopback_range() {  # loopback_range USER -> FIRST-LAST of that user's line
  awk -v user="$1" '$1 == user { print $2 }' "$LOOPBACK_SOURCE_PORTS_FILE"
}

loopback_ports() {  # every port of every range, comma-separated
  local user range
  while read -r user range; do
    [[ -n "$user" && "$user" != \#* ]] || continue
    seq -s, "${range%-*}" "${range#*-}"
  done < "$LOOPBACK_SOURCE_PORTS_FILE" | paste -sd,
}
