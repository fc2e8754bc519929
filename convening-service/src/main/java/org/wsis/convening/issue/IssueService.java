package org.wsis.convening.issue;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.convenor.ConvenorService;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;
import org.wsis.convening.issue.mongo.IssueStore;
import org.wsis.convening.publication.Callers;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/**
 * A convenor's issues: its managers write and submit them; the public reads those published while the
 * convenor is public too.
 */
@Service
public class IssueService {

    private final IssueStore store;
    private final ConvenorService convenors;
    private final ConvenorStore convenorStore;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public IssueService(
            IssueStore store,
            ConvenorService convenors,
            ConvenorStore convenorStore,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.convenors = convenors;
        this.convenorStore = convenorStore;
        this.clock = clock;
        this.events = events;
    }

    public Issue create(Caller caller, String convenorId, IssueDetails details) {
        Convenor convenor = convenors.managedBy(convenorId, caller);
        Issue issue = Issue.draft(
                UUID.randomUUID().toString(),
                convenor.id(),
                convenor.name(),
                Callers.recipient(caller),
                details,
                clock.instant());
        save(issue);
        return reload(issue.id());
    }

    /**
     * An issue, whether the caller sees its working revision (its managers and moderators do), and its
     * convenor's name as the caller may see it (the public name of a public convenor).
     */
    public record Seen(Issue issue, boolean working, String convenorName) {}

    /**
     * What {@code caller} may see: its convenor's managers and moderators see every revision, others only
     * a public issue of a public convenor.
     */
    public Seen read(String id, @Nullable Caller caller) {
        Issue issue = store.find(id).orElseThrow(() -> notFound(id));
        Convenor convenor = convenorStore.find(issue.convenorId()).orElseThrow(() -> notFound(id));
        boolean working = caller != null && convenor.isManagedBy(caller.userId()) || Callers.isStaff(caller);
        if (!working && !(issue.publication().isPublic() && convenor.isPublic())) {
            throw notFound(id);
        }
        return new Seen(issue, working, convenor.name());
    }

    /** A convenor's issues, whether the caller manages them, and the convenor's name as they may see it. */
    public record OfConvenor(List<Issue> issues, boolean managed, String convenorName) {}

    /** A convenor's issues: all of them for its managers, the public ones for everybody else. */
    public OfConvenor ofConvenor(String convenorId, @Nullable Caller caller) {
        Convenor convenor = convenors.read(convenorId, caller);
        boolean managed = caller != null && convenor.isManagedBy(caller.userId());
        return new OfConvenor(
                store.ofConvenor(convenorId).stream()
                        .filter(issue -> managed || issue.publication().isPublic())
                        .toList(),
                managed,
                convenor.name());
    }

    public Issue edit(String id, Caller caller, @Nullable Long expectedVersion, IssueDetails details) {
        Issue issue = managed(id, caller, expectedVersion);
        issue.edit(details, clock.instant());
        save(issue);
        return reload(id);
    }

    public Issue submit(String id, Caller caller, @Nullable Long expectedVersion) {
        Issue issue = managed(id, caller, expectedVersion);
        Convenor convenor = convenorStore.find(issue.convenorId()).orElseThrow(() -> notFound(id));
        issue.submit(
                Callers.recipient(caller),
                convenor.name(),
                convenor.managers().stream().map(m -> m.userId()).toList(),
                clock.instant());
        save(issue);
        return reload(id);
    }

    public Issue withdraw(String id, Caller caller, @Nullable Long expectedVersion) {
        Issue issue = managed(id, caller, expectedVersion);
        issue.withdraw(Callers.recipient(caller), clock.instant());
        save(issue);
        return reload(id);
    }

    /** Applies a moderation decision on an issue; one for another revision, or already applied, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.CONVENOR_ISSUE) {
            return;
        }
        store.find(decision.subjectId()).ifPresent(issue -> {
            if (issue.apply(decision, clock.instant())) {
                save(issue);
            }
        });
    }

    private Issue managed(String id, Caller caller, @Nullable Long expectedVersion) {
        Issue issue = store.find(id).orElseThrow(() -> notFound(id));
        Convenor convenor = convenorStore.find(issue.convenorId()).orElseThrow(() -> notFound(id));
        if (!convenor.isManagedBy(caller.userId())) {
            throw issue.publication().isPublic() && convenor.isPublic()
                    ? Refusal.notPermitted("Only the managers of a convenor may change its issues.")
                    : notFound(id);
        }
        if (expectedVersion != null && !expectedVersion.equals(issue.version())) {
            throw Refusal.staleVersion();
        }
        return issue;
    }

    private void save(Issue issue) {
        store.save(issue);
        events.publishEvent(new IssueSaved(issue.id()));
    }

    private Issue reload(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static Refusal notFound(String id) {
        return Refusal.notFound("Issue " + id);
    }
}
