package org.wsis.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class GoldenSamplesTest {

    static Stream<String> everyEventType() {
        return StreamSupport.stream(EventTypes.all().spliterator(), false).map(EventTypes.EventType::name);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEventTypeReadsItsGoldenSampleAndWritesItBackUnchanged(String ceType) {
        String golden = GoldenSamples.json(ceType);

        DomainEvent event = EventJson.read(ceType, golden.getBytes(StandardCharsets.UTF_8));
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));

        assertThat(event).isInstanceOf(EventTypes.byName(ceType).orElseThrow().recordType());
        assertThat(written).isEqualTo(EventJson.mapper().readTree(golden));
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEventTypeNamesItsStreamAndTopic(String ceType) {
        EventTypes.EventType type = EventTypes.byName(ceType).orElseThrow();

        assertThat(ceType)
                .startsWith("org.wsis.")
                .endsWith("." + type.recordType().getSimpleName());
        assertThat(type.topic()).matches("wsis\\.[a-z]+\\.v[0-9]+");
        assertThat(ceType.split("\\.")[2]).isEqualTo(type.topic().split("\\.")[1]);
    }
}
