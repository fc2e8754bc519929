package org.wsis.convening.calendar.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.convening.calendar.Calendar;
import org.wsis.convening.calendar.CalendarEntry;
import org.wsis.convening.calendar.CalendarQuery;
import org.wsis.convening.calendar.Follows;
import org.wsis.convening.calendar.ICalendars;
import org.wsis.convening.calendar.domain.EventType;
import org.wsis.servicekit.problem.Refusal;
import org.wsis.servicekit.security.Caller;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.KnownTimeZone;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;
import org.wsis.servicekit.web.FieldRules.UnLanguage;

/**
 * The global events calendar, over HTTP: its public entries as a list (a month, or any dates) with
 * filters, the same filters as an iCalendar feed to subscribe to, one entry as a page's data or as a
 * {@code .ics} file, and the entries a signed-in person follows to be reminded of.
 */
@RestController
@RequestMapping("/api/convening")
@Validated
public class CalendarController {

    /** A feed with no start date lists what ended at most this long ago, and everything after. */
    static final Duration FEED_PAST = Duration.ofDays(30);

    /** A feed lists this many entries at most, earliest first. */
    static final int FEED_SIZE = 1000;

    private static final String KEY = "/calendar/{key:(?:event|issue)-[A-Za-z0-9-]+}";

    private final Calendar calendar;
    private final ICalendars icalendars;
    private final Follows follows;
    private final Clock clock;

    public CalendarController(Calendar calendar, ICalendars icalendars, Follows follows, Clock clock) {
        this.calendar = calendar;
        this.icalendars = icalendars;
        this.follows = follows;
        this.clock = clock;
    }

    /**
     * The filters of the list and of the feed. Dates are days in {@code timeZone} (UTC when not given):
     * {@code month} is a whole month; {@code from} and {@code to} the first and the last day.
     */
    public record Filters(
            @Nullable @Pattern(regexp = "(19|20|21)\\d{2}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM")
            String month,

            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable @KnownTimeZone String timeZone,
            @Nullable List<@OneOf(ItuRegion.class) String> region,
            @Nullable List<@KnownCountry String> country,
            @Nullable List<@OneOf(EventType.class) String> type,
            @Nullable List<@OneOf(ActionLine.class) String> actionLine,
            @Nullable List<@NotNull @Min(1) @Max(17) Integer> sdg,

            @Nullable List<@UnLanguage String> language,

            @Nullable @Size(max = 200) @MaxWords(32) String organiser,
            @Nullable @Size(max = 100) String convenorId,
            @Nullable @Size(max = 500) @MaxWords(32) String q) {

        @AssertTrue(message = "to must not be before from")
        public boolean isToNotBeforeFrom() {
            return from == null || to == null || !to.isBefore(from);
        }

        @AssertTrue(message = "a month, or from and to, not both")
        public boolean isMonthOrDates() {
            return month == null || (from == null && to == null);
        }

        @AssertTrue(message = "from and to must be days between the years 1900 and 2199")
        public boolean isWithinTheCalendar() {
            return within(from) && within(to);
        }

        private static boolean within(@Nullable LocalDate day) {
            return day == null || (day.getYear() >= 1900 && day.getYear() <= 2199);
        }

        CalendarQuery query(@Nullable Instant defaultFrom) {
            ZoneId zone = timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
            LocalDate first = month != null ? YearMonth.parse(month).atDay(1) : from;
            LocalDate afterLast =
                    month != null ? YearMonth.parse(month).plusMonths(1).atDay(1) : to == null ? null : to.plusDays(1);
            return new CalendarQuery(
                    first == null ? defaultFrom : first.atStartOfDay(zone).toInstant(),
                    afterLast == null ? null : afterLast.atStartOfDay(zone).toInstant(),
                    set(region),
                    set(country),
                    set(type),
                    set(actionLine),
                    sdg == null ? Set.of() : new HashSet<>(sdg),
                    set(language),
                    organiser,
                    convenorId,
                    q);
        }
    }

    /** A page of the calendar's entries, and how many matched in all. */
    public record CalendarPage(int total, int page, int size, List<CalendarEntryView> entries) {}

    @GetMapping("/calendar")
    public CalendarPage list(
            @ParameterObject @Valid Filters filters,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Calendar.Page found = calendar.list(filters.query(null), page * size, size);
        return new CalendarPage(
                found.total(),
                page,
                size,
                found.entries().stream().map(CalendarEntryView::of).toList());
    }

    /** The entries the filters match as an iCalendar feed, to subscribe to: what is coming, and the last month's. */
    @GetMapping("/calendar.ics")
    public ResponseEntity<byte[]> feed(@ParameterObject @Valid Filters filters) {
        Calendar.Page found = calendar.list(filters.query(clock.instant().minus(FEED_PAST)), 0, FEED_SIZE);
        return IcsResponses.ics("wsis-calendar.ics", icalendars.calendar("WSIS events", found.entries()), false);
    }

    /** The public entries the caller follows, earliest first. */
    @GetMapping("/calendar/following")
    public List<CalendarEntryView> following(Caller caller) {
        return follows.following(caller).stream().map(CalendarEntryView::of).toList();
    }

    @GetMapping(KEY)
    public CalendarEntryView entry(@PathVariable String key) {
        return CalendarEntryView.of(publicEntry(key));
    }

    /** One entry as an iCalendar file, to import. */
    @GetMapping(KEY + ".ics")
    public ResponseEntity<byte[]> entryIcs(@PathVariable String key) {
        CalendarEntry entry = publicEntry(key);
        return IcsResponses.ics(key + ".ics", icalendars.calendar(entry.title(), List.of(entry)), true);
    }

    /** Whether the caller follows the entry: 204 when they do, 404 when they do not. */
    @GetMapping(KEY + "/follow")
    public ResponseEntity<Void> follows(@PathVariable String key, Caller caller) {
        if (!follows.follows(caller, key)) {
            throw Refusal.notFound("Following " + key);
        }
        return ResponseEntity.noContent().build();
    }

    /** The caller follows a public entry, to be reminded before it starts. */
    @PutMapping(KEY + "/follow")
    public ResponseEntity<Void> follow(@PathVariable String key, Caller caller) {
        follows.follow(caller, key);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(KEY + "/follow")
    public ResponseEntity<Void> unfollow(@PathVariable String key, Caller caller) {
        follows.unfollow(caller, key);
        return ResponseEntity.noContent().build();
    }

    private CalendarEntry publicEntry(String key) {
        return calendar.entry(key).orElseThrow(() -> Refusal.notFound("Calendar entry " + key));
    }

    private static Set<String> set(@Nullable List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
