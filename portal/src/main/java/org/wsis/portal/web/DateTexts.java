package org.wsis.portal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them, in the time zone an event is held in, with that
 * zone named: the organiser's local times are what everyone reads, whatever their own zone.
 */
@Component("dates")
public class DateTexts {

    /** {@code 12 May 2027, 09:00 – 17:00 (Europe/Zurich)}, or both dates when it ends on another day. */
    public String range(String startsAt, String endsAt, String zone, Locale locale) {
        LocalDateTime start = LocalDateTime.parse(startsAt);
        LocalDateTime end = LocalDateTime.parse(endsAt);
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String from = day.format(start) + ", " + time.format(start);
        String until = start.toLocalDate().equals(end.toLocalDate())
                ? time.format(end)
                : day.format(end) + ", " + time.format(end);
        return from + " \u2013 " + until + " (" + ZoneId.of(zone).getId() + ")";
    }

    /** Instants with their offset ({@code 2027-05-11T09:00+02:00}) as {@link #range}, in {@code zone}. */
    public String rangeAt(String start, String end, String zone, Locale locale) {
        ZoneId in = ZoneId.of(zone);
        return range(
                java.time.OffsetDateTime.parse(start)
                        .atZoneSameInstant(in)
                        .toLocalDateTime()
                        .toString(),
                java.time.OffsetDateTime.parse(end)
                        .atZoneSameInstant(in)
                        .toLocalDateTime()
                        .toString(),
                zone,
                locale);
    }

    /** A day given as {@code 2027-05-11}, as a heading. */
    /** An instant ({@code 2027-03-04T10:20:00Z}) as the reader's language writes a date and time, in UTC. */
    public String instant(String instant, Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(java.time.Instant.parse(instant))
                + " UTC";
    }

    public String dayOf(String isoDate, Locale locale) {
        return day(java.time.LocalDate.parse(isoDate), locale);
    }

    /** A time of day given as {@code 09:00}: {@code 09:00}, or {@code 9:00 AM}, as the reader's language writes it. */
    public String clock(String localTime, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(java.time.LocalTime.parse(localTime));
    }

    /** A day as a heading: {@code Wednesday 12 May 2027}. */
    public String day(java.time.LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    /** A month as a heading: {@code May 2027}. */
    public String month(java.time.YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** A time of day: {@code 09:00}. */
    public String time(String localDateTime, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(LocalDateTime.parse(localDateTime));
    }

    /** The name of a day of the week, short, as a calendar's column heading. */
    public String weekday(java.time.DayOfWeek day, Locale locale) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, locale);
    }

    /** The name of a day of the week, in full, for screen readers. */
    public String weekdayFull(java.time.DayOfWeek day, Locale locale) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, locale);
    }
}
