package org.wsis.portal.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wsis.portal.backend.Backend;
import org.wsis.portal.backend.Backend.Service;
import org.wsis.portal.backend.BackendProblem;

/**
 * The global events calendar: a month laid out by weeks (or as a list) with filters and the matching
 * iCalendar feed to subscribe to, an event's page with its {@code .ics} and a follow button; and, signed
 * in, the events one listed, their form, and the events one follows.
 */
@Controller
public class CalendarPages {

    private static final List<String> FILTERS = List.of("region", "type", "actionLine", "language", "q");
    private static final String KEY = "{key:(?:event|issue)-[A-Za-z0-9-]+}";

    /** The most entries one page of the calendar shows; it says so when there are more. */
    static final int MOST = 200;

    private final Backend backend;

    public CalendarPages(Backend backend) {
        this.backend = backend;
    }

    /** One day of the month grid: its date, whether it is in the month shown, and its entries. */
    public record Day(LocalDate date, boolean inMonth, List<Map<String, Object>> entries) {}

    @GetMapping("/calendar")
    public String calendar(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(defaultValue = "month") String view,
            Locale locale,
            Model model) {
        YearMonth shown = parseMonth(month);
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        Pages.putFilled(params, FILTERS, filters);
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>(filters);
        if ("list".equals(view)) {
            query.add("month", shown.toString());
        } else {
            // The grid shows whole weeks, and places each entry by its own local date: ask a day beyond
            // each end, since the service's days are UTC days.
            List<List<Day>> grid = weeks(shown, List.of(), locale);
            query.add("from", grid.getFirst().getFirst().date().minusDays(1).toString());
            query.add("to", grid.getLast().getLast().date().plusDays(1).toString());
        }
        query.add("size", String.valueOf(MOST));
        model.addAttribute("selected", filters);
        model.addAttribute("month", shown);
        model.addAttribute("view", "list".equals(view) ? "list" : "month");
        model.addAttribute("filterQuery", Pages.queryString(filters));
        try {
            Map<String, Object> page = backend.get(Service.CONVENING, "/api/convening/calendar", query);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) page.get("entries");
            model.addAttribute("entries", "list".equals(view) ? entries : inMonth(entries, shown));
            model.addAttribute("weeks", weeks(shown, entries, locale));
            model.addAttribute("truncated", ((Number) page.get("total")).intValue() > MOST);
        } catch (BackendProblem problem) {
            model.addAttribute("searchError", problem.detail());
            model.addAttribute("entries", List.of());
            model.addAttribute("weeks", weeks(shown, List.of(), locale));
        }
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        List<DayOfWeek> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(first.plus(i));
        }
        model.addAttribute("weekdays", weekdays);
        return "calendar/calendar";
    }

    /** The entries under way on some day of the month, by their own local dates. */
    private static List<Map<String, Object>> inMonth(List<Map<String, Object>> entries, YearMonth month) {
        return entries.stream()
                .filter(e -> !LocalDate.parse(String.valueOf(e.get("startsAt")).substring(0, 10))
                                .isAfter(month.atEndOfMonth())
                        && !LocalDate.parse(String.valueOf(e.get("endsAt")).substring(0, 10))
                                .isBefore(month.atDay(1)))
                .toList();
    }

    private static YearMonth parseMonth(@Nullable String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            return YearMonth.now();
        }
    }

    /** The month's weeks, from the reader's first day of the week, each day with the entries under way on it. */
    static List<List<Day>> weeks(YearMonth month, List<Map<String, Object>> entries, Locale locale) {
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(first));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(first.minus(1)));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate date = day;
            List<Map<String, Object>> on = entries.stream()
                    .filter(e -> {
                        LocalDate start = LocalDate.parse(
                                String.valueOf(e.get("startsAt")).substring(0, 10));
                        LocalDate end =
                                LocalDate.parse(String.valueOf(e.get("endsAt")).substring(0, 10));
                        return !date.isBefore(start) && !date.isAfter(end);
                    })
                    .toList();
            week.add(new Day(date, YearMonth.from(date).equals(month), on));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return weeks;
    }

    @GetMapping("/calendar/" + KEY)
    public String entry(@PathVariable String key, Model model) {
        model.addAttribute("entry", backend.get(Service.CONVENING, "/api/convening/calendar/" + key, null));
        model.addAttribute("following", Pages.signedIn() && follows(key));
        return "calendar/entry";
    }

    private boolean follows(String key) {
        try {
            backend.send(HttpMethod.GET, Service.CONVENING, "/api/convening/calendar/" + key + "/follow", null);
            return true;
        } catch (BackendProblem notFollowed) {
            return false;
        }
    }

    @PostMapping("/my/following/" + KEY)
    public String follow(@PathVariable String key, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "cal.notice.following",
                "redirect:/calendar/" + key,
                () -> backend.send(
                        HttpMethod.PUT, Service.CONVENING, "/api/convening/calendar/" + key + "/follow", null));
    }

    @PostMapping("/my/following/" + KEY + "/remove")
    public String unfollow(@PathVariable String key, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "cal.notice.unfollowed",
                "redirect:/calendar/" + key,
                () -> backend.send(
                        HttpMethod.DELETE, Service.CONVENING, "/api/convening/calendar/" + key + "/follow", null));
    }

    // --- signed in: one's events ---

    @GetMapping("/my/events")
    public String mine(Model model) {
        model.addAttribute("events", backend.list(Service.CONVENING, "/api/convening/events/mine", null));
        model.addAttribute("following", backend.list(Service.CONVENING, "/api/convening/calendar/following", null));
        return "calendar/mine";
    }

    @GetMapping("/my/events/{id}")
    public String myEvent(@PathVariable String id, Model model) {
        model.addAttribute("event", backend.get(Service.CONVENING, "/api/convening/events/" + id, null));
        return "calendar/my-event";
    }

    @GetMapping("/my/events/new")
    public String newEvent(Model model) {
        model.addAttribute("form", new LinkedHashMap<String, Object>());
        model.addAttribute("errors", Map.of());
        return "calendar/form";
    }

    @GetMapping("/my/events/{id}/edit")
    public String edit(@PathVariable String id, Model model) {
        Map<String, Object> event = backend.get(Service.CONVENING, "/api/convening/events/" + id, null);
        Map<String, Object> form = new LinkedHashMap<>(event);
        form.put("startsAt", Pages.minutes(String.valueOf(event.get("startsAt"))));
        form.put("endsAt", Pages.minutes(String.valueOf(event.get("endsAt"))));
        if (event.get("sdgs") instanceof List<?> sdgs) {
            form.put("sdgs", sdgs.stream().map(String::valueOf).toList());
        }
        model.addAttribute("form", form);
        model.addAttribute("eventId", id);
        model.addAttribute("errors", Map.of());
        return "calendar/form";
    }

    @PostMapping("/my/events")
    public String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        return save(null, form, model, flash);
    }

    @PostMapping("/my/events/{id}")
    public String update(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        return save(id, form, model, flash);
    }

    private String save(
            @Nullable String id, MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, Object> body = eventRequest(form);
        try {
            Map<String, Object> saved = id == null
                    ? backend.send(HttpMethod.POST, Service.CONVENING, "/api/convening/events", body)
                    : backend.send(HttpMethod.PUT, Service.CONVENING, "/api/convening/events/" + id, body);
            String savedId = String.valueOf(saved == null ? id : saved.get("id"));
            ConveningPages.submitted(backend, form, flash, "/api/convening/events/" + savedId + "/submit");
            return "redirect:/my/events/" + savedId;
        } catch (BackendProblem problem) {
            Map<String, Object> typed = new LinkedHashMap<>(form.toSingleValueMap());
            typed.put("actionLines", form.getOrDefault("actionLines", List.of()));
            typed.put("sdgs", form.getOrDefault("sdgs", List.of()));
            model.addAttribute("form", typed);
            model.addAttribute("errors", Outcomes.fieldErrors(problem));
            model.addAttribute("problem", problem.detail());
            model.addAttribute("eventId", id);
            return "calendar/form";
        }
    }

    @PostMapping("/my/events/{id}/submit")
    public String submit(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.submitted",
                "redirect:/my/events/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/events/" + id + "/submit", null));
    }

    @PostMapping("/my/events/{id}/withdraw")
    public String withdraw(@PathVariable String id, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "convening.notice.withdrawn",
                "redirect:/my/events/" + id,
                () -> backend.send(
                        HttpMethod.POST, Service.CONVENING, "/api/convening/events/" + id + "/withdraw", null));
    }

    static Map<String, Object> eventRequest(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of(
                "title",
                "type",
                "organiser",
                "description",
                "startsAt",
                "endsAt",
                "timeZone",
                "link",
                "place",
                "country",
                "language")) {
            body.put(field, Pages.blankToNull(form.getFirst(field)));
        }
        body.put("actionLines", form.getOrDefault("actionLines", List.of()));
        body.put("sdgs", Pages.numbers(form.getOrDefault("sdgs", List.of())));
        return body;
    }
}
