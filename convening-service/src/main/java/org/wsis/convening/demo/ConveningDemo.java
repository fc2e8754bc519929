package org.wsis.convening.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.domain.EventDetails;
import org.wsis.convening.calendar.domain.EventType;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;
import org.wsis.convening.issue.domain.PlannedEvent;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Convenors and their issues read from JSON Lines, one issue per line with its convenor ({@code id, theme,
 * language, year, convenor, stakeholderType, country, title, description, actionLines, sdgs, keywords}), as
 * published: approved once, with no event (nothing happened to them here). The demonstration data and the
 * labelled set of the similarity benchmark are both in this form.
 */
public final class ConveningDemo {

    /** One line: the theme it was written for, its language, and the convenor and issue it is. */
    public record Item(String id, String theme, String language, Convenor convenor, Issue issue) {}

    private ConveningDemo() {}

    public static List<Item> read(Reader source, Instant publishedAt) {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    items.add(item(json.readTree(line), publishedAt));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static Item item(JsonNode n, Instant at) {
        String id = n.path("id").asString();
        String name = n.path("convenor").asString();
        String language = n.path("language").asString();
        Recipient manager = new Recipient("demo-manager-" + id, "convenor-" + id + "@example.org", name, language);
        ConvenorDetails profile = new ConvenorDetails(
                name,
                StakeholderType.valueOf(n.path("stakeholderType").asString()),
                n.path("country").asString(),
                null,
                List.of(language),
                name + " convenes workshops and consultations with its partners.",
                new ConvenorDetails.Contact(name, "convenor-" + id + "@example.org", null));
        Convenor convenor = Convenor.restore(new Convenor.State(
                "demo-convenor-" + id, List.of(manager), List.of(), published(profile, at), manager, at, at, null));
        IssueDetails details = new IssueDetails(
                n.path("year").asInt(),
                n.path("title").asString(),
                n.path("description").asString(),
                language,
                strings(n.path("actionLines")).stream().map(ActionLine::valueOf).toList(),
                ints(n.path("sdgs")),
                strings(n.path("keywords")),
                plannedEvents(n.path("plannedEvents")));
        Issue issue =
                Issue.restore(new Issue.State(id, convenor.id(), name, published(details, at), manager, at, at, null));
        return new Item(id, n.path("theme").asString(), language, convenor, issue);
    }

    private static List<PlannedEvent> plannedEvents(JsonNode array) {
        List<PlannedEvent> events = new ArrayList<>();
        array.forEach(e -> events.add(new PlannedEvent(
                e.path("id").asString(),
                PlannedEvent.Type.valueOf(e.path("type").asString()),
                e.path("title").asString(),
                LocalDateTime.parse(e.path("startsAt").asString()),
                LocalDateTime.parse(e.path("endsAt").asString()),
                ZoneId.of(e.path("timeZone").asString()),
                e.path("online").asBoolean(),
                text(e, "place"),
                text(e, "country"))));
        return events;
    }

    /** The demonstration events of the calendar, each listed by its own organiser and published. */
    public static List<CalendarEvent> events(Reader source, Instant publishedAt) {
        JsonMapper json = JsonMapper.builder().build();
        List<CalendarEvent> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    events.add(event(json.readTree(line), publishedAt));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    private static CalendarEvent event(JsonNode n, Instant at) {
        String id = n.path("id").asString();
        String organiser = n.path("organiser").asString();
        String language = n.path("language").asString();
        Recipient owner =
                new Recipient("demo-organiser-" + id, "organiser-" + id + "@example.org", organiser, language);
        EventDetails details = new EventDetails(
                n.path("title").asString(),
                EventType.valueOf(n.path("type").asString()),
                organiser,
                n.path("description").asString(),
                LocalDateTime.parse(n.path("startsAt").asString()),
                LocalDateTime.parse(n.path("endsAt").asString()),
                ZoneId.of(n.path("timeZone").asString()),
                text(n, "link"),
                text(n, "place"),
                text(n, "country"),
                language,
                strings(n.path("actionLines")).stream().map(ActionLine::valueOf).toList(),
                ints(n.path("sdgs")));
        return CalendarEvent.restore(new CalendarEvent.State(id, owner, published(details, at), at, at, null));
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode value = n.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static <D> Publication<D> published(D details, Instant at) {
        return new Publication<>(details, details, 1, PublicationStatus.PUBLISHED, 1, null, at);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }
}
