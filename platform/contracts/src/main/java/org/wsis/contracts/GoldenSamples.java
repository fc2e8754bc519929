package org.wsis.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Golden JSON samples, one per event type, shipped with the contracts. Producers' tests check that what
 * they emit has exactly the sample's shape; consumers' tests feed the sample to their handlers. A
 * careless rename therefore breaks a build instead of production.
 */
public final class GoldenSamples {

    private GoldenSamples() {}

    /** The sample for a {@code ce_type}, e.g. {@code org.wsis.entry.EntrySubmitted}. */
    public static String json(String ceType) {
        String path = "golden/" + ceType + ".json";
        try (InputStream in = GoldenSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No golden sample at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(Class<? extends DomainEvent> recordType) {
        return json(EventTypes.of(recordType).name());
    }
}
