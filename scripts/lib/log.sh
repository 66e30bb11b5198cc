# shellcheck shell=bash
# Messages of the script that sources this file; it sets PROG first. Usage errors exit 2, failures 1.
log() { echo "$PROG: $*" >&2; }
die() { echo "$PROG: $*" >&2; exit 1; }
usage_error() { echo "$PROG: $*" >&2; exit 2; }
