#!/usr/bin/env bash
# Starts MongoDB with authentication: the replica set's members prove themselves to each other with a key
# file, written here from MONGODB_REPLICA_KEY (MongoDB wants it readable by its own user only), then the
# image's own entrypoint takes over (it creates the root user and runs create-users.js on first start).
set -euo pipefail
key=/tmp/replica.key
printf '%s' "$MONGODB_REPLICA_KEY" >"$key"
chown mongodb:mongodb "$key"
chmod 400 "$key"
exec docker-entrypoint.sh "$@" --keyFile "$key"
