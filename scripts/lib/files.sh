# shellcheck shell=bash
# Generated files, rewritten only when their content changes (so "did the config change?" is a cmp).

write_if_changed() {  # write_if_changed FILE [MODE] < content: atomic; returns 0 if FILE changed (MODE default 644)
  local tmp
  tmp="$(mktemp "$1.XXXXXX")"
  chmod "${2:-644}" "$tmp"                # before the content: a secret is never readable by others
  cat > "$tmp"
  if [[ -f "$1" ]] && cmp -s "$tmp" "$1"; then
    rm -f "$tmp"; return 1
  fi
  mv -f "$tmp" "$1"; return 0
}
