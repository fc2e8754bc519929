package org.wsis.contracts.convening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;

/**
 * A convenor's profile, issue or calendar event was sent for moderation (first or after changes).
 *
 * @param convenor the convenor's name: the profile's own, that of the convenor addressing the issue, or an event's organiser
 * @param owner the manager who submitted it, to whom its outcome is written
 * @param managerIds everyone who manages the item (its convenor's managers for a profile or an issue, the
 *     owner for an event): none of them moderates it; empty in records from before the field
 */
public record ConveningItemSubmitted(
        UUID eventId,
        Instant occurredAt,
        ItemKind item,
        String itemId,
        int revision,
        String title,
        String convenor,
        List<ActionLine> actionLines,
        Recipient owner,
        @Nullable List<String> managerIds)
        implements ConveningItemEvent {

    public ConveningItemSubmitted {
        actionLines = List.copyOf(actionLines);
        managerIds = managerIds == null ? List.of() : List.copyOf(managerIds);
    }

    /** Everyone who manages the item; never null. */
    @Override
    public List<String> managerIds() {
        return managerIds == null ? List.of() : managerIds;
    }
}
