package org.wsis.convening.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.account.AccountErased;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.domain.Follow;
import org.wsis.convening.calendar.mongo.EventStore;
import org.wsis.convening.calendar.mongo.FollowStore;
import org.wsis.convening.contact.domain.Contact;
import org.wsis.convening.contact.mongo.ContactStore;
import org.wsis.convening.convenor.ConvenorSaved;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.convenor.mongo.InvitationMailStore;
import org.wsis.convening.issue.IssueSaved;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.mongo.IssueStore;
import org.wsis.convening.outcome.domain.WorkshopOutcome;
import org.wsis.convening.outcome.mongo.OutcomeStore;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.mongo.WorkshopStore;
import org.wsis.servicekit.privacy.ErasedAccounts;

/**
 * A person erased their account ({@code AccountErased}): they leave every convenor they managed, a contact
 * address that was theirs goes, and whoever else manages a convenor stands in their place on its issues. A
 * convenor nobody else manages passes to the person they named for a transfer, or is withdrawn with its
 * issues and left to the account's pseudonym. The requests to connect they made name the pseudonym
 * instead. The events they listed in the calendar stay listed under the pseudonym, and what they followed
 * is forgotten. Convenors, issues, requests, events and follows are found by the account id, so a
 * second delivery finds nothing left to change.
 */
@Service
public class PersonalData {

    private final ConvenorStore convenors;
    private final ContactStore contacts;
    private final IssueStore issues;
    private final EventStore calendarEvents;
    private final WorkshopStore workshops;
    private final OutcomeStore outcomes;
    private final FollowStore follows;
    private final InvitationMailStore invitationMails;
    private final ErasedAccounts erased;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PersonalData(
            ConvenorStore convenors,
            ContactStore contacts,
            IssueStore issues,
            EventStore calendarEvents,
            WorkshopStore workshops,
            OutcomeStore outcomes,
            FollowStore follows,
            InvitationMailStore invitationMails,
            ErasedAccounts erased,
            Clock clock,
            ApplicationEventPublisher events) {
        this.convenors = convenors;
        this.contacts = contacts;
        this.issues = issues;
        this.calendarEvents = calendarEvents;
        this.workshops = workshops;
        this.outcomes = outcomes;
        this.follows = follows;
        this.invitationMails = invitationMails;
        this.erased = erased;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What the service holds about a person: the convenors they manage, those convenors' issues, the
     * requests to connect they made, the events they listed in the calendar, the entries they follow and the workshops they proposed.
     */
    public record Held(
            List<Convenor> convenors,
            List<Issue> issues,
            List<Contact> contactRequests,
            List<CalendarEvent> calendarEvents,
            List<Follow> follows,
            List<Workshop> workshops,
            List<WorkshopOutcome> outcomes) {}

    public Held of(String accountId) {
        List<Convenor> managed = convenors.managedBy(accountId);
        List<Issue> theirIssues = new ArrayList<>();
        managed.forEach(convenor -> theirIssues.addAll(issues.ofConvenor(convenor.id())));
        return new Held(
                managed,
                theirIssues,
                contacts.askedBy(accountId),
                calendarEvents.ownedBy(accountId),
                follows.ofFollower(accountId),
                workshops.ownedBy(accountId),
                outcomes.submittedBy(accountId));
    }

    public void on(AccountErased event) {
        erased.record(event.accountId());
        Recipient anonymous = new Recipient(erased.pseudonymOf(event.accountId()), "", "", null);
        Instant now = clock.instant();
        // Their addresses, as the convenors they managed knew them: invitations to those addresses go too.
        java.util.Set<String> addresses = new java.util.HashSet<>();
        for (Convenor convenor : convenors.managedBy(event.accountId())) {
            convenor.managers().stream()
                    .filter(m -> m.userId().equals(event.accountId()))
                    .forEach(m -> addresses.add(m.email()));
        }
        for (String address : addresses) {
            invitationMails.forget(address);
            for (Convenor inviting : convenors.invitedAs(address)) {
                inviting.revokeInvitation(address, now);
                convenors.save(inviting);
            }
        }
        for (Convenor convenor : convenors.managedBy(event.accountId())) {
            boolean withdrawn = convenor.managerErased(event.accountId(), event.transferTo(), anonymous, now);
            convenors.save(convenor);
            events.publishEvent(new ConvenorSaved(convenor.id()));
            Recipient standIn = convenor.managers().getFirst();
            for (Issue issue : issues.ofConvenor(convenor.id())) {
                boolean changed = issue.submitterErased(event.accountId(), standIn, now);
                changed |= withdrawn && issue.convenorWithdrawn(anonymous, now);
                if (changed) {
                    save(issue);
                }
            }
        }
        for (Contact contact : contacts.askedBy(event.accountId())) {
            if (contact.askerErased(event.accountId(), anonymous)) {
                contacts.save(contact);
            }
        }
        // The events they listed stay (they are their organisers'), under the pseudonym; whom they followed goes.
        for (CalendarEvent listed : calendarEvents.ownedBy(event.accountId())) {
            if (listed.ownerErased(event.accountId(), anonymous, now)) {
                calendarEvents.save(listed);
            }
        }
        follows.deleteOfFollower(event.accountId());
        for (WorkshopOutcome outcome : outcomes.submittedBy(event.accountId())) {
            if (outcome.submitterErased(event.accountId(), anonymous, now)) {
                outcomes.save(outcome);
            }
        }
        // The workshops they proposed stay (they are their convenors'), proposed by the pseudonym.
        for (Workshop proposed : workshops.ownedBy(event.accountId())) {
            if (proposed.ownerErased(event.accountId(), anonymous, now)) {
                workshops.save(proposed);
            }
        }
        // Issues of convenors they no longer managed when they left.
        for (Issue issue : issues.submittedBy(event.accountId())) {
            if (issue.submitterErased(event.accountId(), anonymous, now)) {
                save(issue);
            }
        }
    }

    private void save(Issue issue) {
        issues.save(issue);
        events.publishEvent(new IssueSaved(issue.id()));
    }
}
