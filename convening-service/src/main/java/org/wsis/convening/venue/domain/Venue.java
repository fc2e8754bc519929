package org.wsis.convening.venue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A venue of thematic workshops (for example the WSIS Forum's week in Geneva): its days, the same time slots
 * every day, its rooms, and its multi-stakeholder rule. A slot of the whole week has an index, from 0:
 * {@code day × slots per day + slot in the day}.
 *
 * @param year the year whose convenors' issues and themes its workshops gather
 */
public record Venue(
        String id,
        String name,
        int year,
        ZoneId timeZone,
        List<LocalDate> days,
        List<SessionSlot> slots,
        List<VenueRoom> rooms,
        MultiStakeholderRule rule,
        Instant updatedAt,
        @Nullable Long version) {

    public Venue {
        days = List.copyOf(days);
        slots = List.copyOf(slots);
        rooms = List.copyOf(rooms);
    }

    public int slotsPerDay() {
        return slots.size();
    }

    public int slotCount() {
        return days.size() * slots.size();
    }

    public Optional<VenueRoom> room(String roomId) {
        return rooms.stream().filter(r -> r.id().equals(roomId)).findFirst();
    }

    /** The index of a day's slot, or -1 when the venue has no such day or slot. */
    public int index(SlotRef ref) {
        int day = days.indexOf(ref.day());
        if (day < 0 || ref.slot() < 1 || ref.slot() > slots.size()) {
            return -1;
        }
        return day * slots.size() + ref.slot() - 1;
    }

    public SlotRef ref(int index) {
        return new SlotRef(days.get(index / slots.size()), index % slots.size() + 1);
    }

    /** When the slot {@code index} starts. */
    public ZonedDateTime startOf(int index) {
        return days.get(index / slots.size())
                .atTime(slots.get(index % slots.size()).start())
                .atZone(timeZone);
    }

    /** When the slot {@code index} ends. */
    public ZonedDateTime endOf(int index) {
        return days.get(index / slots.size())
                .atTime(slots.get(index % slots.size()).end())
                .atZone(timeZone);
    }

    /** When a run of {@code length} slots from {@code index} ends (the venue's last slot at the latest). */
    public ZonedDateTime endOfRun(int index, int length) {
        return endOf(Math.min(index + length - 1, slotCount() - 1));
    }

    public Venue withRoom(VenueRoom room, Instant now) {
        List<VenueRoom> changed =
                rooms.stream().map(r -> r.id().equals(room.id()) ? room : r).toList();
        return new Venue(id, name, year, timeZone, days, slots, changed, rule, now, version);
    }
}
