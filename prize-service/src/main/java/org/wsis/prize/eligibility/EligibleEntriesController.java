package org.wsis.prize.eligibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntryWithdrawn;
import org.wsis.servicekit.messaging.InboundEvents;

/** The eligible entries over HTTP, and the consumer of {@code wsis.entry.v1} that keeps them. */
@RestController
@Validated
public class EligibleEntriesController {

    private final EligibleEntries entries;

    public EligibleEntriesController(EligibleEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/api/prizes/eligible-entries")
    public List<EligibleEntries.EligibleEntry> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return entries.page(page, size);
    }

    @Configuration
    static class EntryStream {
        @Bean
        Consumer<Message<byte[]>> entryEvents(InboundEvents inbound, EligibleEntries entries) {
            return message -> inbound.handle("prize-eligibility", message, event -> {
                switch (event) {
                    case EntryPublished published -> entries.on(published);
                    case EntryWithdrawn withdrawn -> entries.on(withdrawn);
                    case EntryRejected rejected
                    when rejected.publishedRevision() == null -> entries.unpublished(rejected.entryId());
                    case EntryReturnedForChanges returned
                    when returned.publishedRevision() == null -> entries.unpublished(returned.entryId());
                    default -> {}
                }
            });
        }
    }
}
