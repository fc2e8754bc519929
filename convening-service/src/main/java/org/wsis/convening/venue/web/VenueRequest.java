package org.wsis.convening.venue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.convening.venue.domain.MultiStakeholderRule;
import org.wsis.convening.venue.domain.SessionSlot;
import org.wsis.convening.venue.domain.SlotRef;
import org.wsis.convening.venue.domain.Venue;
import org.wsis.convening.venue.domain.VenueRoom;
import org.wsis.servicekit.web.FieldRules.KnownTimeZone;

/**
 * A venue as the programme's admins set it up: its days (in order), the same time slots every day (in
 * order, not overlapping), its rooms (each with an id unique in the venue), and its multi-stakeholder rule.
 * Every broken rule is reported, field by field.
 */
public record VenueRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @KnownTimeZone String timeZone,
        @NotEmpty @Size(max = 14) List<@NotNull LocalDate> days,
        @NotEmpty @Size(max = 16) List<@NotNull @Valid Slot> slots,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Room> rooms,
        @Nullable @Min(1) @Max(20) Integer minConvenors,
        @Nullable @Min(1) @Max(6) Integer minStakeholderTypes) {

    /** A time slot of every day. */
    public record Slot(@NotNull LocalTime start, @NotNull LocalTime end) {

        @AssertTrue(message = "a slot ends after it starts")
        public boolean isEndsAfterItStarts() {
            return start == null || end == null || end.isAfter(start);
        }
    }

    /** A room; {@code closed} are the slots (numbered from 1 in a day) it cannot be used. */
    public record Room(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "lower-case letters, digits and dashes")
            String id,

            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(1) @Max(10000) Integer capacity,
            @Nullable @Min(0) @Max(6) Integer booths,
            @Nullable Boolean streaming,
            @Nullable Boolean stepFree,
            @Nullable @Size(max = 200) List<@NotNull @Valid Closure> closed) {}

    /** A slot of a day a room is closed. */
    public record Closure(
            @NotNull LocalDate day,
            @NotNull @Min(1) @Max(16) Integer slot) {}

    @AssertTrue(message = "days are in order, each once")
    public boolean isDaysInOrder() {
        if (days == null || days.contains(null)) {
            return true;
        }
        for (int i = 1; i < days.size(); i++) {
            if (!days.get(i).isAfter(days.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    @AssertTrue(message = "slots are in order and do not overlap")
    public boolean isSlotsInOrder() {
        if (slots == null || slots.stream().anyMatch(s -> s == null || s.start() == null || s.end() == null)) {
            return true;
        }
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i).start().isBefore(slots.get(i - 1).end())) {
                return false;
            }
        }
        return true;
    }

    @AssertTrue(message = "each room has an id of its own")
    public boolean isRoomIdsUnique() {
        if (rooms == null) {
            return true;
        }
        var ids = new HashSet<String>();
        return rooms.stream().filter(r -> r != null && r.id() != null).allMatch(r -> ids.add(r.id()));
    }

    @AssertTrue(message = "a room is closed only on the venue's days and slots")
    public boolean isClosuresAtTheVenue() {
        if (rooms == null || days == null || slots == null) {
            return true;
        }
        return rooms.stream()
                .filter(r -> r != null && r.closed() != null)
                .flatMap(r -> r.closed().stream())
                .filter(c -> c != null && c.day() != null && c.slot() != null)
                .allMatch(c -> days.contains(c.day()) && c.slot() <= slots.size());
    }

    /** The venue this asks for (its id and version are the store's). */
    public Venue venue() {
        return new Venue(
                "",
                name.strip(),
                year,
                ZoneId.of(timeZone),
                days,
                slots.stream().map(s -> new SessionSlot(s.start(), s.end())).toList(),
                rooms.stream()
                        .map(r -> new VenueRoom(
                                r.id(),
                                r.name().strip(),
                                r.capacity(),
                                r.booths() == null ? 0 : r.booths(),
                                Boolean.TRUE.equals(r.streaming()),
                                Boolean.TRUE.equals(r.stepFree()),
                                closures(r.closed())))
                        .toList(),
                new MultiStakeholderRule(
                        minConvenors == null ? MultiStakeholderRule.DEFAULT.minConvenors() : minConvenors,
                        minStakeholderTypes == null
                                ? MultiStakeholderRule.DEFAULT.minStakeholderTypes()
                                : minStakeholderTypes),
                Instant.EPOCH,
                null);
    }

    static List<SlotRef> closures(@Nullable List<Closure> closed) {
        return closed == null
                ? List.of()
                : closed.stream()
                        .map(c -> new SlotRef(c.day(), c.slot()))
                        .distinct()
                        .toList();
    }
}
