package org.wsis.notification.routing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.wsis.contracts.DomainEvent;
import org.wsis.contracts.EventTypes;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.contracts.prize.NominationScreened;
import org.wsis.contracts.prize.NominationSubmitted;
import org.wsis.contracts.prize.NomineeShortlisted;
import org.wsis.contracts.prize.PrizeAwarded;
import org.wsis.notification.delivery.Deliveries;
import org.wsis.notification.delivery.domain.Delivery;
import org.wsis.notification.digest.Digests;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.Preferences;
import org.wsis.notification.routing.domain.Audience;
import org.wsis.notification.routing.domain.Routes;

/**
 * Turns each event into what its people hear: learns what the event says about people (owners,
 * nominees), routes it through {@link Routes}, finds the audience, and per person follows their
 * preference: a mail now, an item for their next digest, or a record that they switched it off.
 *
 * <p>Everything is keyed by {@code <event id>:<user id>:<type>}, so a redelivered event finds its
 * deliveries and digest items already there and adds nothing.
 */
@Service
public class Notifications {

    private final Recipients recipients;

    private final Deliveries deliveries;
    private final Digests digests;
    private final Clock clock;

    public Notifications(Recipients recipients, Deliveries deliveries, Digests digests, Clock clock) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.digests = digests;
        this.clock = clock;
    }

    public void on(DomainEvent event) {
        learn(event);
        for (Routes.Routed routed : Routes.of(event)) {
            for (Map.Entry<Recipient, Notice> addressed : resolve(routed)) {
                notify(event, addressed.getKey(), addressed.getValue());
            }
        }
    }

    private void learn(DomainEvent event) {
        switch (event) {
            case EntryEvent e -> recipients.rememberEntry(e.entryId(), e.owner(), e.title());
            case NomineeShortlisted e ->
                recipients.rememberNominee(e.nominationId(), e.edition(), e.entryTitle(), e.owner());
            case NominationSubmitted e -> recipients.remember(e.owner(), true);
            case NominationScreened e -> recipients.remember(e.owner(), true);
            case PrizeAwarded e -> recipients.remember(e.owner(), true);
            default -> {}
        }
    }

    private List<Map.Entry<Recipient, Notice>> resolve(Routes.Routed routed) {
        Notice notice = routed.notice();
        return switch (routed.audience()) {
            case Audience.Person p -> List.of(Map.entry(p.recipient(), notice));
            case Audience.EntryOwner o -> {
                if (recipients.entryOwnerErased(o.entryId())) {
                    // Its owner erased their account and withdrew it: nobody hears of it any more.
                    yield List.of();
                }
                // The entry's own events always precede a report about it; if the owner is still unknown,
                // failing sends the event back for retry and, failing that, to the dead-letter topic.
                Map.Entry<Recipient, String> owner = recipients
                        .entryOwner(o.entryId())
                        .orElseThrow(() ->
                                new IllegalStateException("The owner of entry " + o.entryId() + " is not known yet"));
                yield List.of(Map.entry(owner.getKey(), notice.titled(owner.getValue())));
            }
            case Audience.Moderators m -> {
                // A report names only the entry: its title comes from the entry's own events.
                Notice titled = notice.subjectTitle().isBlank()
                        ? notice.titled(
                                recipients.entryTitle(notice.subjectId()).orElse(""))
                        : notice;
                yield recipients.moderators().stream()
                        .map(moderator -> Map.entry(moderator, titled))
                        .toList();
            }
            case Audience.NomineeOwners n -> {
                List<Map.Entry<Recipient, Notice>> owners = new ArrayList<>();
                recipients
                        .nomineeOwners(n.edition())
                        .forEach((owner, titles) -> owners.add(Map.entry(
                                owner,
                                notice.quoting(
                                        titles.stream().map(t -> "\u2022 " + t).collect(Collectors.joining("\n"))))));
                yield owners;
            }
        };
    }

    private void notify(DomainEvent event, Recipient recipient, Notice notice) {
        if (recipients.isErased(recipient.userId())) {
            // An event from before the person erased their account, arriving after it: no mail, no record.
            return;
        }
        String id =
                event.eventId() + ":" + recipient.userId() + ":" + notice.type().name();
        Preferences preferences = recipients.preferencesOf(recipient.userId());
        Frequency frequency = preferences.frequencyOf(notice.type());
        switch (frequency) {
            case IMMEDIATE -> deliveries.enqueue(delivery(id, event, recipient, notice));
            case OFF -> deliveries.suppress(delivery(id, event, recipient, notice));
            case DAILY, WEEKLY ->
                digests.queue(
                        id,
                        event.eventId().toString(),
                        recipient,
                        notice,
                        frequency,
                        preferences.nextDigestAfter(frequency, clock.instant()));
        }
    }

    private static Delivery delivery(String id, DomainEvent event, Recipient recipient, Notice notice) {
        return Delivery.notice(
                id, event.eventId().toString(), EventTypes.of(event).name(), recipient, notice);
    }
}
