package org.wsis.convening.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.programme.domain.Announcement;
import org.wsis.convening.programme.domain.Placement;
import org.wsis.convening.programme.domain.VenueProgramme;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;
import org.wsis.convening.venue.domain.MultiStakeholderRule;
import org.wsis.convening.venue.domain.SessionSlot;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.convening.workshop.domain.Invitation;
import org.wsis.convening.workshop.domain.Workshop;
import org.wsis.convening.workshop.domain.WorkshopDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demonstration venue ({@code demo/programme.json}): the WSIS Forum 2027's week in Geneva, five rooms,
 * and one accepted workshop on each of the twelve themes of the demonstration issues, held by three of
 * their convenors, in a published programme.
 */
record DemoProgramme(Venue venue, List<Workshop> workshops, VenueProgramme programme) {

    static DemoProgramme read(Reader source, List<ConveningDemo.Item> items, Instant at) {
        JsonNode root;
        try (source) {
            root = JsonMapper.builder().build().readTree(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Convenor> convenors = items.stream()
                .collect(Collectors.toMap(ConveningDemo.Item::id, ConveningDemo.Item::convenor, (a, b) -> a));
        JsonNode v = root.path("venue");
        List<VenueRoom> rooms = new ArrayList<>();
        v.path("rooms")
                .forEach(r -> rooms.add(new VenueRoom(
                        r.path("id").asString(),
                        r.path("name").asString(),
                        r.path("capacity").asInt(),
                        r.path("booths").asInt(),
                        r.path("streaming").asBoolean(),
                        r.path("stepFree").asBoolean(),
                        List.of())));
        List<LocalDate> days = new ArrayList<>();
        v.path("days").forEach(d -> days.add(LocalDate.parse(d.asString())));
        List<SessionSlot> slots = new ArrayList<>();
        v.path("slots")
                .forEach(s -> slots.add(new SessionSlot(
                        LocalTime.parse(s.path("start").asString()),
                        LocalTime.parse(s.path("end").asString()))));
        Venue venue = new Venue(
                v.path("id").asString(),
                v.path("name").asString(),
                v.path("year").asInt(),
                ZoneId.of(v.path("timeZone").asString()),
                days,
                slots,
                rooms,
                MultiStakeholderRule.DEFAULT,
                at,
                null);
        List<Workshop> workshops = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<Announcement> announced = new ArrayList<>();
        for (JsonNode w : root.path("workshops")) {
            Convenor proposer = convenors.get(w.path("proposer").asString());
            List<Invitation> invitations = new ArrayList<>();
            w.path("accepted").forEach(id -> {
                Convenor invited = convenors.get(id.asString());
                invitations.add(new Invitation(
                        invited.id(), invited.name(), typeOf(invited), Invitation.Answer.ACCEPTED, at, at));
            });
            WorkshopDetails details = new WorkshopDetails(
                    w.path("title").asString(),
                    w.path("description").asString(),
                    w.path("theme").asString(),
                    strings(w.path("issues")),
                    w.path("attendance").asInt(),
                    w.path("length").asInt(),
                    strings(w.path("interpretation")),
                    false,
                    w.path("hybrid").asBoolean(),
                    days,
                    List.of());
            String id = w.path("id").asString();
            workshops.add(Workshop.restore(new Workshop.State(
                    id,
                    venue.id(),
                    venue.name(),
                    proposer.id(),
                    proposer.name(),
                    typeOf(proposer),
                    proposer.managers().getFirst(),
                    invitations,
                    new Publication<>(details, details, 1, PublicationStatus.PUBLISHED, 1, null, at),
                    null,
                    at,
                    at,
                    null)));
            SlotRef start = new SlotRef(
                    LocalDate.parse(w.path("day").asString()), w.path("slot").asInt());
            placements.add(new Placement(id, w.path("room").asString(), start, false));
            announced.add(new Announcement(id, w.path("room").asString(), start, 0, at, at));
        }
        VenueProgramme programme = VenueProgramme.restore(
                new VenueProgramme.State(venue.id(), placements, announced, null, null, at, 1, at, at, null));
        return new DemoProgramme(venue, workshops, programme);
    }

    private static StakeholderType typeOf(Convenor convenor) {
        return convenor.publication().working().stakeholderType();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
