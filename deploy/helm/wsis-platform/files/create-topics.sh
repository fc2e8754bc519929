#!/usr/bin/env bash
# Creates the platform's topics if they are missing, and sets their configuration if they exist.
# Used by Compose (one broker, REPLICATION_FACTOR=1) and by the Helm chart's Job (replication 3).
# Keys are aggregate ids, so partitions spread the aggregates; the ballot stream has the most because
# voting is the burst (see docs/capacity.md).
set -euo pipefail
BOOTSTRAP="${BOOTSTRAP:?the brokers, host:port}"
RF="${REPLICATION_FACTOR:-3}"
MIN_ISR=$(( RF > 1 ? 2 : 1 ))
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"

# name partitions retention.ms(-1 = forever) cleanup.policy
TOPICS=(
  "wsis.entry.v1 12 -1 delete"
  "wsis.moderation.v1 12 -1 delete"
  "wsis.prize.v1 6 -1 delete"
  "wsis.ballot.v1 48 -1 delete"
  "wsis.account.v1 6 -1 delete"
  "wsis.notification.v1 12 2592000000 delete"
  "wsis.entry.v1.dlq 3 -1 delete"
  "wsis.moderation.v1.dlq 3 -1 delete"
  "wsis.prize.v1.dlq 3 -1 delete"
  "wsis.ballot.v1.dlq 3 -1 delete"
  "wsis.account.v1.dlq 3 -1 delete"
)

for spec in "${TOPICS[@]}"; do
  read -r name partitions retention policy <<<"$spec"
  config="retention.ms=${retention},cleanup.policy=${policy},min.insync.replicas=${MIN_ISR}"
  if "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe --topic "$name" >/dev/null 2>&1; then
    "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics \
      --entity-name "$name" --add-config "$config"
    echo "updated $name"
  else
    "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --topic "$name" \
      --partitions "$partitions" --replication-factor "$RF" \
      --config "retention.ms=${retention}" --config "cleanup.policy=${policy}" --config "min.insync.replicas=${MIN_ISR}"
    echo "created $name"
  fi
done
