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

# TLS and SASL from the same variables as the services (docs/operations.md): a client configuration file
# for the Kafka tools, kept in a private temporary directory.
config_args=()
protocol="${KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}"
if [[ "$protocol" != "PLAINTEXT" ]]; then
  umask 077
  client_config="$(mktemp -d)/client.properties"
  echo "security.protocol=${protocol}" >"$client_config"
  if [[ "$protocol" == SASL_* ]]; then
    mechanism="${KAFKA_SASL_MECHANISM:-SCRAM-SHA-512}"
    module=org.apache.kafka.common.security.scram.ScramLoginModule
    [[ "$mechanism" == "PLAIN" ]] && module=org.apache.kafka.common.security.plain.PlainLoginModule
    password="${KAFKA_PASSWORD:?KAFKA_PASSWORD, with KAFKA_SECURITY_PROTOCOL=$protocol}"
    if [[ "$password" == *[\"\\]* ]]; then
      echo "KAFKA_PASSWORD holds a quote or a backslash, which the Kafka tools' configuration cannot carry: use letters and digits" >&2
      exit 1
    fi
    {
      echo "sasl.mechanism=${mechanism}"
      echo "sasl.jaas.config=${module} required username=\"${KAFKA_USERNAME:?KAFKA_USERNAME, with KAFKA_SECURITY_PROTOCOL=$protocol}\" password=\"${password}\";"
    } >>"$client_config"
  fi
  if [[ -n "${KAFKA_TLS_CA_FILE:-}" ]]; then
    echo "ssl.truststore.type=PEM" >>"$client_config"
    echo "ssl.truststore.location=${KAFKA_TLS_CA_FILE}" >>"$client_config"
  fi
  config_args=(--command-config "$client_config")
fi

# name partitions retention.ms(-1 = forever) cleanup.policy
TOPICS=(
  "wsis.entry.v1 12 -1 delete"
  "wsis.moderation.v1 12 -1 delete"
  "wsis.prize.v1 6 -1 delete"
  "wsis.ballot.v1 48 -1 delete"
  "wsis.account.v1 6 -1 delete"
  "wsis.convening.v1 6 -1 delete"
  "wsis.community.v1 6 -1 delete"
  "wsis.entry.v1.dlq 3 -1 delete"
  "wsis.moderation.v1.dlq 3 -1 delete"
  "wsis.prize.v1.dlq 3 -1 delete"
  "wsis.ballot.v1.dlq 3 -1 delete"
  "wsis.account.v1.dlq 3 -1 delete"
  "wsis.convening.v1.dlq 3 -1 delete"
  "wsis.community.v1.dlq 3 -1 delete"
)

for spec in "${TOPICS[@]}"; do
  read -r name partitions retention policy <<<"$spec"
  config="retention.ms=${retention},cleanup.policy=${policy},min.insync.replicas=${MIN_ISR}"
  if "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "${config_args[@]}" --describe --topic "$name" >/dev/null 2>&1; then
    "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" "${config_args[@]}" --alter --entity-type topics \
      --entity-name "$name" --add-config "$config"
    echo "updated $name"
  else
    "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "${config_args[@]}" --create --topic "$name" \
      --partitions "$partitions" --replication-factor "$RF" \
      --config "retention.ms=${retention}" --config "cleanup.policy=${policy}" --config "min.insync.replicas=${MIN_ISR}"
    echo "created $name"
  fi
done
