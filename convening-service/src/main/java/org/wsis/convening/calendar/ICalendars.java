package org.wsis.convening.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wsis.contracts.reference.Countries;

/**
 * Calendar entries in iCalendar form (RFC 5545), written by ical4j: each a {@code VEVENT} with its stable
 * {@code UID} and its {@code SEQUENCE}, its times in its own time zone ({@code TZID}, with the zone's
 * {@code VTIMEZONE} in the calendar so that any client converts them right), its page as {@code URL}.
 * The time-zone definitions are the library's own, read from its jar; it fetches none.
 */
@Component
public class ICalendars {

    private static final String PRODUCT = "-//ITU//WSIS global events calendar//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final URI portal;

    public ICalendars(PortalSettings settings) {
        String portal = settings.url().toString();
        this.portal = URI.create(portal.endsWith("/") ? portal : portal + "/");
    }

    /** The page of an entry in the portal. */
    public URI page(CalendarEntry entry) {
        return entry.source() == CalendarEntry.Source.WORKSHOP
                ? portal.resolve("workshops/" + entry.sourceId())
                : portal.resolve("calendar/" + entry.key());
    }

    /** A calendar named {@code name} of {@code entries}, as a client subscribes to or imports it. */
    public String calendar(String name, Collection<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<ZoneId> used = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (CalendarEntry entry : entries) {
            var definition = definitionOf(entry.start().getZone());
            if (definition != null && used.add(entry.start().getZone())) {
                calendar.add(definition.getVTimeZone());
            }
            events.add(event(entry, definition != null));
        }
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar broke a rule of RFC 5545: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * One entry as a {@code VEVENT}: its times in its own zone when the library has that zone's definition,
     * else the same instants in UTC (a newer zone than the library's data), so the feed stays valid.
     */
    private VEvent event(CalendarEntry entry, boolean zoneKnown) {
        Temporal start = zoneKnown ? entry.start() : entry.start().toInstant();
        Temporal end = zoneKnown ? entry.end() : entry.end().toInstant();
        VEvent event = new VEvent(start, end, text(entry.title()));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new DtStamp(entry.modifiedAt()));
        event.add(new Created(entry.publishedAt()));
        event.add(new LastModified(entry.modifiedAt()));
        event.add(new Status(Status.VALUE_CONFIRMED));
        event.add(new Description(text(entry.organiser()) + "\n\n" + text(entry.description()) + "\n\n" + page(entry)));
        String where = where(entry);
        if (where != null) {
            event.add(new Location(text(where)));
        }
        event.add(new Url(page(entry)));
        List<String> categories = new ArrayList<>();
        categories.add(entry.type().name());
        categories.addAll(entry.actionLines());
        entry.sdgs().forEach(sdg -> categories.add("SDG " + sdg));
        event.add(new Categories(new TextList(categories)));
        return event;
    }

    /** The library's definition of a zone, or null for a zone newer than its data (which it fails to load). */
    private net.fortuna.ical4j.model.@Nullable TimeZone definitionOf(ZoneId zone) {
        try {
            return zones.getTimeZone(zone.getId());
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /**
     * Text as RFC 5545 allows it in a value: line breaks as one newline (which the library escapes), and
     * no other control character (a lone carriage return would start a new line in some clients).
     */
    static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    private static String where(CalendarEntry entry) {
        String country = entry.country() == null
                ? null
                : Countries.byCode(entry.country()).map(Countries.Country::name).orElse(entry.country());
        String place =
                entry.place() == null ? country : country == null ? entry.place() : entry.place() + ", " + country;
        if (place == null) {
            return entry.link();
        }
        return entry.link() == null ? place : place + " / " + entry.link();
    }
}
