package org.wsis.convening.privacy.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.calendar.web.EventView;
import org.wsis.convening.convenor.web.ConvenorView;
import org.wsis.convening.issue.web.IssueView;
import org.wsis.convening.privacy.PersonalData;
import org.wsis.servicekit.security.Caller;

/**
 * A person's own data in the convening: the convenors they manage and their issues, as their managers see
 * them, the requests to connect they made, the events they listed in the calendar, what they follow and the workshops they proposed.
 */
@RestController
public class MyDataController {

    private final PersonalData personalData;

    public MyDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Every convenor the caller manages (with its contact details) and each one's issues, in every status. */
    public record MyData(
            List<ConvenorView> convenors,
            List<IssueView> issues,
            List<ContactRequest> contactRequests,
            List<EventView> calendarEvents,
            List<Followed> following,
            List<ProposedWorkshop> workshops,
            List<SubmittedOutcome> outcomes) {

        /** The outcome of a workshop the person last wrote or submitted. */
        public record SubmittedOutcome(String workshop, String venue, String status, java.time.Instant at) {}

        /** A workshop the person proposed. */
        public record ProposedWorkshop(
                String title,
                String venue,
                String convenor,
                String theme,
                String status,
                java.time.Instant proposedAt) {}

        /** A calendar entry the person follows, and since when. */
        public record Followed(String calendarEntry, java.time.Instant since) {}

        /** A request to connect the person made: from which convenor, to which, about what, with what message. */
        public record ContactRequest(
                String fromConvenor, String toConvenor, String issueTitle, String message, java.time.Instant at) {}
    }

    @GetMapping("/api/convening/mine/export")
    public MyData export(Caller caller) {
        PersonalData.Held held = personalData.of(caller.userId());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        held.convenors().forEach(c -> names.put(c.id(), c.name()));
        return new MyData(
                held.convenors().stream().map(ConvenorView::forManager).toList(),
                held.issues().stream()
                        .map(i -> IssueView.forManager(i, names.getOrDefault(i.convenorId(), i.convenorName())))
                        .toList(),
                held.contactRequests().stream()
                        .map(c -> new MyData.ContactRequest(
                                c.state().fromConvenor(),
                                c.state().toConvenor(),
                                c.state().issueTitle(),
                                c.state().message(),
                                c.state().requestedAt()))
                        .toList(),
                held.calendarEvents().stream().map(EventView::forOwner).toList(),
                held.follows().stream()
                        .map(f -> new MyData.Followed(f.entryKey(), f.state().createdAt()))
                        .toList(),
                held.workshops().stream()
                        .map(w -> new MyData.ProposedWorkshop(
                                w.publication().working().title(),
                                w.state().venue(),
                                w.state().convenor(),
                                w.publication().working().theme(),
                                w.publication().status().name(),
                                w.state().createdAt()))
                        .toList(),
                held.outcomes().stream()
                        .map(o -> new MyData.SubmittedOutcome(
                                o.state().title(),
                                o.state().venue(),
                                o.publication().status().name(),
                                o.state().updatedAt()))
                        .toList());
    }
}
