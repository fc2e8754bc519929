package org.wsis.servicekit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class DeadLetterReplayTest {

    @Test
    void aReplayedRecordKeepsItsEventHeadersLosesTheErrorHeadersAndTakesTheCorrections() {
        ConsumerRecord<byte[], byte[]> parked =
                new ConsumerRecord<>("wsis.entry.v1.dlq", 0, 7, bytes("key"), bytes("{}"));
        parked.headers()
                .add("ce_id", bytes("e-1"))
                .add("ce_source", bytes("submission-service"))
                .add("ce_type", bytes("org.wsis.entry.Wrong"))
                .add("x-exception-message", bytes("Cannot read"))
                .add("x-exception-stacktrace", bytes("..."))
                .add("x-original-topic", bytes("wsis.entry.v1"))
                .add("x-original-offset", bytes("42"));

        Map<String, String> replayed = new HashMap<>();
        for (Header header : DeadLetterReplay.headers(parked, Map.of("ce_type", "org.wsis.entry.EntrySubmitted"))) {
            replayed.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }

        assertThat(replayed)
                .isEqualTo(Map.of(
                        "ce_id", "e-1",
                        "ce_source", "submission-service",
                        "ce_type", "org.wsis.entry.EntrySubmitted"));
    }

    @Test
    void argumentsNameADeadLetterTopicAndWellFormedCorrections() {
        DeadLetterReplay.Options options = DeadLetterReplay.parse(new String[] {
            "--bootstrap-servers",
            "kafka:9092",
            "--dead-letter-topic",
            "wsis.ballot.v1.dlq",
            "--event-id",
            "a",
            "--set-header",
            "ce_type=x=y",
            "--dry-run"
        });
        assertThat(options.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.eventIds()).containsExactly("a");
        assertThat(options.setHeaders()).isEqualTo(Map.of("ce_type", "x=y"));
        assertThat(options.dryRun()).isTrue();

        assertThatThrownBy(() -> DeadLetterReplay.parse(new String[] {"--dead-letter-topic", "wsis.ballot.v1"}))
                .hasMessageContaining("<topic>.dlq");
        assertThatThrownBy(() -> DeadLetterReplay.parse(
                        new String[] {"--dead-letter-topic", "a.dlq", "--set-header", "novalue"}))
                .hasMessageContaining("name=value");
        assertThatThrownBy(() -> DeadLetterReplay.parse(new String[] {"--dead-letter-topic"}))
                .hasMessageContaining("needs a value");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
