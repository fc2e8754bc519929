package org.wsis.convening;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;

/** Complete forms, as a convenor's managers fill them in, and moderators' decisions on what they submit. */
public final class Forms {

    private Forms() {}

    public static Map<String, Object> profile(String name) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("stakeholderType", "CIVIL_SOCIETY");
        form.put("country", "KE");
        form.put("website", "https://convenor.example.org");
        form.put("languages", List.of("en", "sw"));
        form.put(
                "description",
                "We hold workshops with county governments and community networks on getting " + "villages online.");
        form.put(
                "contact",
                Map.of("name", "Wanjiru Kamau", "email", "wanjiru@convenor.example.org", "phone", "+254 20 123456"));
        return form;
    }

    public static Map<String, Object> issue(String title, String description, List<String> actionLines) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", 2027);
        form.put("title", title);
        form.put("description", description);
        form.put("language", "en");
        form.put("actionLines", actionLines);
        form.put("sdgs", List.of(9));
        form.put("keywords", List.of("connectivity"));
        form.put(
                "plannedEvents",
                List.of(Map.of(
                        "type", "WORKSHOP",
                        "title", "County workshop",
                        "startsAt", "2027-03-10T09:00:00",
                        "endsAt", "2027-03-10T13:00:00",
                        "timeZone", "Africa/Nairobi",
                        "online", false,
                        "place", "Kisumu",
                        "country", "KE")));
        return form;
    }

    public static Map<String, Object> issue(String title) {
        return issue(
                title,
                "Villages in the western counties still have no mobile signal; we gather operators, county "
                        + "governments and community networks to share towers and bring affordable internet access.",
                List.of("C2"));
    }

    /** A moderator's decision on a revision of a profile or an issue. */
    public static ModerationDecided decision(
            String subjectId, ModerationDecided.SubjectType type, int revision, Decision decision) {
        return new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "item-" + subjectId,
                type,
                subjectId,
                revision,
                decision,
                decision == Decision.APPROVED ? "MEETS_GUIDELINES" : "INCOMPLETE",
                decision == Decision.APPROVED ? null : "Tell us more.",
                "mod-omar",
                ModerationDecided.ItemKind.REVIEW);
    }

    /** A valid calendar event: a consultation in Geneva. */
    public static Map<String, Object> event(String title, String startsAt, String endsAt) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("type", "CONSULTATION");
        form.put("organiser", "Geneva Digital Rights Forum");
        form.put("description", "An open consultation on community networks and the spectrum they need.");
        form.put("startsAt", startsAt);
        form.put("endsAt", endsAt);
        form.put("timeZone", "Europe/Zurich");
        form.put("place", "CICG, Geneva");
        form.put("country", "CH");
        form.put("language", "fr");
        form.put("actionLines", List.of("C2", "C4"));
        form.put("sdgs", List.of(9));
        return form;
    }

    /** A venue of two days of three slots and three rooms: a hall with booths that streams, two meeting rooms. */
    public static Map<String, Object> venue() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "WSIS Forum 2027, Geneva");
        form.put("year", 2027);
        form.put("timeZone", "Europe/Zurich");
        form.put("days", List.of("2027-05-11", "2027-05-12"));
        form.put(
                "slots",
                List.of(
                        Map.of("start", "09:00", "end", "10:30"),
                        Map.of("start", "11:00", "end", "12:30"),
                        Map.of("start", "14:00", "end", "15:30")));
        form.put(
                "rooms",
                List.of(
                        Map.of(
                                "id",
                                "hall",
                                "name",
                                "Hall A",
                                "capacity",
                                200,
                                "booths",
                                2,
                                "streaming",
                                true,
                                "stepFree",
                                true),
                        Map.of("id", "k1", "name", "Room K1", "capacity", 60, "stepFree", true),
                        Map.of("id", "k2", "name", "Room K2", "capacity", 40, "stepFree", true)));
        return form;
    }

    /** A workshop proposal by {@code convenorId} at {@code venueId}, inviting {@code invited}. */
    public static Map<String, Object> workshop(
            String venueId, String convenorId, String title, int attendance, List<String> invited) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("venueId", venueId);
        form.put("convenorId", convenorId);
        form.put("title", title);
        form.put(
                "description",
                "Convenors who addressed community networks separately during the year agree on the key challenges.");
        form.put("theme", "Community networks");
        form.put("invite", invited);
        form.put("attendance", attendance);
        form.put("length", 1);
        form.put("days", List.of("2027-05-11", "2027-05-12"));
        return form;
    }
}
