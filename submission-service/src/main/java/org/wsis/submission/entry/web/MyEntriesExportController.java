package org.wsis.submission.entry.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.servicekit.security.Caller;
import org.wsis.submission.entry.EntryService;

/**
 * Everything this service holds about the caller: their entries in every status, each with its working
 * revision and, where one is published, the published revision, as they see them. Nobody else's.
 */
@RestController
public class MyEntriesExportController {

    /** One entry: the revision its owner works on, and the one published (or null). */
    public record OwnEntry(EntryView current, @Nullable EntryView published) {}

    /** What the service holds about the caller. */
    public record Export(List<OwnEntry> entries) {}

    private final EntryService entries;

    public MyEntriesExportController(EntryService entries) {
        this.entries = entries;
    }

    @GetMapping("/api/entries/mine/export")
    public Export export(Caller caller) {
        return new Export(entries.ownedBy(caller).stream()
                .map(e -> new OwnEntry(EntryView.forOwner(e), EntryView.publishedForOwner(e)))
                .toList());
    }
}
