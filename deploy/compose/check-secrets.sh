#!/usr/bin/env bash
# Refuses to start a container of the production deployment whose secrets are missing, placeholders or
# development defaults (anything saying CHANGE-ME, as every value of env.example does), well-known weak
# values, or too short; on success it runs the container's own command. The same rules as the
# applications' own check (platform/production-guard, SecretRules), written in bash builtins only so that
# it runs in every image (Keycloak's minimal one included).
#
#   check-secrets.sh NAME:MIN_LENGTH[:optional]... -- command [argument...]
#
# With REALM_IMPORT_DIR set (Keycloak), every ${NAME} without a default in the realm files there must be
# set too, so that a realm is never imported with a missing client secret or address.
set -uo pipefail

problems=()
declare -A checked=()

# Why $2 (the value) may not be used, or nothing when it may; $3 is the shortest length allowed.
reason() {
  local value="$1" min="$2" plain
  plain="${value,,}"
  plain="${plain//[^a-z0-9]/}"
  if [[ -z "$value" || "$value" == *'${'* ]]; then
    echo "is not set"
  elif [[ "$plain" == *changeme* ]]; then
    echo "is a placeholder or development default (it says CHANGE-ME)"
  elif [[ " secret password changeit admin default test " == *" $plain "* ]]; then
    echo "is a well-known weak value"
  elif (( ${#value} < min )); then
    echo "has ${#value} characters; it needs at least $min"
  fi
}

while (( $# > 0 )) && [[ "$1" != "--" ]]; do
  IFS=: read -r name min optional <<<"$1"
  shift
  checked[$name]=1
  value="${!name-}"
  if [[ -z "$value" && "${optional:-}" == "optional" ]]; then
    continue
  fi
  why="$(reason "$value" "${min:-0}")"
  [[ -n "$why" ]] && problems+=("$name $why")
done
[[ "${1:-}" == "--" ]] && shift

if [[ -n "${REALM_IMPORT_DIR:-}" ]]; then
  for realm in "$REALM_IMPORT_DIR"/*.json; do
    [[ -f "$realm" ]] || continue
    text="$(<"$realm")"
    while [[ "$text" =~ \$\{([A-Z0-9_]+)\} ]]; do
      name="${BASH_REMATCH[1]}"
      text="${text#*"${BASH_REMATCH[0]}"}"
      if [[ -z "${checked[$name]-}" && -z "${!name-}" ]]; then
        checked[$name]=1
        problems+=("$name is not set (the realm ${realm##*/} needs it)")
      fi
    done
  done
fi

if (( ${#problems[@]} > 0 )); then
  {
    echo "Refusing to start: these secrets or settings may not be used in production:"
    printf '  - %s\n' "${problems[@]}"
    echo "Give each a random value of its own (for example: openssl rand -base64 48) in .env or the Secret."
  } >&2
  exit 1
fi
if (( $# > 0 )); then
  exec "$@"
fi
