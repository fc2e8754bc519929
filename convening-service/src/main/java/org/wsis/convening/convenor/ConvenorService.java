package org.wsis.convening.convenor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.convening.ManagerInvited;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.convenor.mongo.InvitationMailStore;
import org.wsis.convening.publication.Callers;
import org.wsis.convening.publication.domain.PublicationRefused;
import org.wsis.servicekit.privacy.ErasedAccounts;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;

/** Loads a convenor, asks it to change, saves it with its events. */
@Service
public class ConvenorService {

    private final ConvenorStore store;
    private final InvitationMailStore invitationMails;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ConvenorService(
            ConvenorStore store,
            InvitationMailStore invitationMails,
            ErasedAccounts erased,
            Clock clock,
            ApplicationEventPublisher events) {
        this.invitationMails = invitationMails;
        this.store = store;
        this.erased = erased;
        this.clock = clock;
        this.events = events;
    }

    /** The person behind a request, as events and managers' lists name them. */
    public Convenor create(Caller caller, ConvenorDetails details) {
        if (erased.isErased(caller.userId())) {
            throw new PublicationRefused("account-erased", "This account was erased; it creates no convenors.");
        }
        Convenor convenor =
                Convenor.draft(UUID.randomUUID().toString(), Callers.recipient(caller), details, clock.instant());
        save(convenor);
        return reload(convenor.id());
    }

    /**
     * What {@code caller} may see: managers see their convenor in every status, and so do moderators, who
     * review what is submitted; everybody else sees public convenors only.
     */
    public Convenor read(String id, @Nullable Caller caller) {
        Convenor convenor = store.find(id).orElseThrow(() -> notFound(id));
        boolean managed = caller != null && convenor.isManagedBy(caller.userId());
        if (!convenor.isPublic() && !managed && !Callers.isStaff(caller)) {
            throw notFound(id);
        }
        return convenor;
    }

    /** The managers of the convenors {@code ids} (each person once), to write to about something they hold. */
    public List<Recipient> managersOf(java.util.Collection<String> ids) {
        java.util.Map<String, Recipient> managers = new java.util.LinkedHashMap<>();
        for (Convenor convenor : store.findAll(ids)) {
            convenor.managers().forEach(m -> managers.putIfAbsent(m.userId(), m));
        }
        return List.copyOf(managers.values());
    }

    public List<Convenor> managedBy(Caller caller) {
        return store.managedBy(caller.userId());
    }

    public Convenor edit(String id, Caller caller, @Nullable Long expectedVersion, ConvenorDetails details) {
        Convenor convenor = managed(id, caller, expectedVersion);
        convenor.edit(details, clock.instant());
        save(convenor);
        return reload(id);
    }

    public Convenor submit(String id, Caller caller, @Nullable Long expectedVersion) {
        Convenor convenor = managed(id, caller, expectedVersion);
        convenor.submit(Callers.recipient(caller), clock.instant());
        save(convenor);
        return reload(id);
    }

    public Convenor withdraw(String id, Caller caller, @Nullable Long expectedVersion) {
        Convenor convenor = managed(id, caller, expectedVersion);
        convenor.withdraw(Callers.recipient(caller), clock.instant());
        save(convenor);
        return reload(id);
    }

    /** The convenors that invited the caller's verified address to manage them. */
    public List<Convenor> invitationsFor(Caller caller) {
        return caller.emailVerified() ? store.invitedAs(caller.email()) : List.of();
    }

    /** A manager takes back an invitation not yet taken. */
    public Convenor revokeInvitation(String id, Caller caller, String email) {
        Convenor convenor = managed(id, caller, null);
        convenor.revokeInvitation(email, clock.instant());
        save(convenor);
        return reload(id);
    }

    public Convenor invite(String id, Caller caller, String email) {
        Convenor convenor = managed(id, caller, null);
        Instant now = clock.instant();
        convenor.invite(email, now);
        save(convenor);
        // The address is written to only for a convenor the public may read (its name was moderated), and
        // once: taking an invitation back and sending it again writes no second mail.
        convenor.publication()
                .publicDetails()
                .ifPresent(published -> invitationMails.insert(new ManagerInvited(
                        UUID.randomUUID(),
                        now,
                        convenor.id(),
                        published.name(),
                        email.strip().toLowerCase(java.util.Locale.ROOT),
                        Callers.recipient(caller))));
        return reload(id);
    }

    /**
     * The caller takes an invitation sent to their verified address. A convenor that is not public is not
     * found by anyone it has not invited.
     */
    public Convenor acceptInvitation(String id, Caller caller) {
        Convenor convenor = store.find(id).orElseThrow(() -> notFound(id));
        if (!convenor.isPublic() && !convenor.isInvited(caller.email())) {
            throw notFound(id);
        }
        if (erased.isErased(caller.userId())) {
            throw new PublicationRefused("account-erased", "This account was erased; it manages no convenors.");
        }
        convenor.acceptInvitation(Callers.recipient(caller), caller.emailVerified(), clock.instant());
        save(convenor);
        return reload(id);
    }

    /** The convenor {@code caller} manages, for work on its issues; 404 for anyone else. */
    public Convenor managedBy(String id, Caller caller) {
        Convenor convenor = store.find(id).orElseThrow(() -> notFound(id));
        if (!convenor.isManagedBy(caller.userId())) {
            throw convenor.isPublic()
                    ? Refusal.notPermitted("Only the managers of a convenor may change it or its issues.")
                    : notFound(id);
        }
        return convenor;
    }

    /** Applies a moderation decision on a profile; one for another revision, or already applied, changes nothing. */
    public void on(ModerationDecided decision) {
        if (decision.subjectType() != ModerationDecided.SubjectType.CONVENOR) {
            return;
        }
        store.find(decision.subjectId()).ifPresent(convenor -> {
            if (convenor.apply(decision, clock.instant())) {
                save(convenor);
            }
        });
    }

    private Convenor managed(String id, Caller caller, @Nullable Long expectedVersion) {
        Convenor convenor = managedBy(id, caller);
        if (expectedVersion != null && !expectedVersion.equals(convenor.version())) {
            throw Refusal.staleVersion();
        }
        return convenor;
    }

    private void save(Convenor convenor) {
        store.save(convenor);
        events.publishEvent(new ConvenorSaved(convenor.id()));
    }

    private Convenor reload(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static Refusal notFound(String id) {
        return Refusal.notFound("Convenor " + id);
    }
}
