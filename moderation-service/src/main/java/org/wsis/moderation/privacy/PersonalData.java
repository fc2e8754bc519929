package org.wsis.moderation.privacy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.wsis.contracts.account.AccountErased;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.contracts.moderation.ModerationDecided.ItemKind;
import org.wsis.contracts.moderation.ModerationDecided.SubjectType;
import org.wsis.moderation.flag.domain.RaisedFlag;
import org.wsis.moderation.flag.mongo.FlagAllowances;
import org.wsis.moderation.flag.mongo.Flags;
import org.wsis.moderation.flag.mongo.PublishedEntries;
import org.wsis.moderation.queue.domain.ItemState;
import org.wsis.moderation.queue.domain.QueueItem;
import org.wsis.moderation.queue.domain.ReasonCode;
import org.wsis.moderation.queue.mongo.QueueStore;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * What the moderation service holds about a person: the items about what they wrote (with the decisions
 * and messages addressed to them) and the flags they raised. They can read it all, and it goes when they
 * erase their account, except what is the moderators' record.
 */
@Service
public class PersonalData {

    /** An item about what the person wrote, as they may see it: the moderators stay unnamed. */
    public record AuthoredItem(
            String id,
            ItemKind kind,
            SubjectType subjectType,
            String subjectId,
            int revision,
            String title,
            ItemState state,
            @Nullable Decision decision,
            @Nullable ReasonCode reasonCode,
            @Nullable String messageToAuthor,
            @Nullable Instant decidedAt,
            @Nullable String appealMessage,
            Instant queuedAt) {}

    /** Everything this service holds about one person. */
    public record Export(List<AuthoredItem> items, List<RaisedFlag> flags, List<Instant> recentFlags) {}

    private final QueueStore items;
    private final Flags flags;
    private final FlagAllowances allowances;
    private final PublishedEntries published;
    private final ErasedAccounts erased;

    public PersonalData(
            QueueStore items,
            Flags flags,
            FlagAllowances allowances,
            PublishedEntries published,
            ErasedAccounts erased) {
        this.items = items;
        this.flags = flags;
        this.allowances = allowances;
        this.published = published;
        this.erased = erased;
    }

    public Export of(String userId) {
        return new Export(
                items.authoredBy(userId).stream().map(PersonalData::authored).toList(),
                flags.raisedBy(userId),
                allowances.recentOf(userId));
    }

    /**
     * The person erased their account. Items about their entries and nominations pass to whoever now
     * owns those (the person they named, or nobody: the account's pseudonym), without their appeals'
     * words; their flags stay, counting as they did, under the pseudonym and without their name or words;
     * their flag allowance goes. Who claimed and decided stays: that is the moderators' record. Everything
     * is found by the account, so a second delivery, or the erasure of someone this service never saw,
     * changes nothing.
     */
    public void on(AccountErased event) {
        String accountId = event.accountId();
        String pseudonym = erased.pseudonymOf(accountId);
        String newAuthor =
                event.transferTo() == null ? pseudonym : event.transferTo().userId();
        erased.record(accountId);
        for (QueueItem item : items.authoredBy(accountId)) {
            if (item.authorErased(accountId, pseudonym, newAuthor)) {
                items.save(item);
            }
        }
        published.authorErased(accountId, newAuthor, pseudonym);
        flags.erase(accountId, pseudonym);
        allowances.erase(accountId);
    }

    private static AuthoredItem authored(QueueItem item) {
        QueueItem.Snapshot s = item.snapshot();
        return new AuthoredItem(
                s.id(),
                s.kind(),
                s.subjectType(),
                s.subjectId(),
                s.revision(),
                s.title(),
                s.state(),
                s.decision(),
                s.reasonCode(),
                s.messageToAuthor(),
                s.decidedAt(),
                s.appealMessage(),
                s.createdAt());
    }
}
