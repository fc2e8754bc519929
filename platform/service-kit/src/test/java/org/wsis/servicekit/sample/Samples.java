package org.wsis.servicekit.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntrySubmitted;

final class Samples {

    private Samples() {}

    static EntrySubmitted aSubmission(String entryId) {
        return new EntrySubmitted(
                UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                entryId,
                1,
                "Digital skills for rural women",
                "Fundación Conecta",
                List.of(ActionLine.C4),
                new Recipient("owner-" + entryId, entryId + "@example.org", "Lucía Pérez", "es"));
    }
}
