package org.wsis.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Thematic workshops and the programmes of their venues: the published programme by day (filtered by day,
 * room or theme) with its iCalendar feeds, a workshop's page, a theme's outcomes across the years; signed
 * in, one's workshops (proposed or invited to), the proposal form, the answers to invitations and the
 * outcome form; and the programme's admins' board: rooms by slots, every broken rule, solving, moving and
 * pinning without dragging, publishing.
 */
@Controller
public class ProgrammePages {

    private static final String VENUES = "/api/convening/venues/";
    private static final String WORKSHOPS = "/api/convening/workshops/";

    private final Backend backend;

    public ProgrammePages(Backend backend) {
        this.backend = backend;
    }

    /** One slot of a day on the board: its number, its times, and what each room holds then. */
    public record BoardRow(int slot, Object start, Object end, List<@Nullable Map<String, Object>> cells) {}

    // --- everybody ---

    @GetMapping("/programme")
    public String venues(Model model) {
        model.addAttribute("venues", backend.list(Service.CONVENING, "/api/convening/venues", null));
        return "programme/venues";
    }

    @GetMapping("/programme/{venueId}")
    public String programme(
            @PathVariable String venueId,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(required = false) @Nullable String room,
            @RequestParam(required = false) @Nullable String theme,
            Model model) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        Pages.putFilled(
                new LinkedMultiValueMap<>(Map.of("day", listOf(day), "room", listOf(room), "theme", listOf(theme))),
                List.of("day", "room", "theme"),
                filters);
        Map<String, Object> published =
                backend.get(Service.CONVENING, VENUES + venueId + "/programme/published", filters);
        model.addAttribute("venue", backend.get(Service.CONVENING, VENUES + venueId, null));
        model.addAttribute("programme", published);
        model.addAttribute("selected", filters.toSingleValueMap());
        model.addAttribute("byDay", byDay(rows(published.get("workshops"))));
        return "programme/programme";
    }

    @GetMapping("/workshops/{id}")
    public String workshop(@PathVariable String id, Model model) {
        Map<String, Object> workshop = backend.get(Service.CONVENING, WORKSHOPS + id, null);
        model.addAttribute("workshop", workshop);
        model.addAttribute("place", placeOf(workshop));
        model.addAttribute("zone", zoneOf(workshop));
        model.addAttribute("outcome", outcomeOf(id));
        return "programme/workshop";
    }

    @GetMapping("/convening/outcomes")
    public String outcomes(@RequestParam(required = false) @Nullable String theme, Model model) {
        model.addAttribute("theme", theme);
        model.addAttribute(
                "outcomes",
                theme == null || theme.isBlank()
                        ? List.of()
                        : backend.list(
                                Service.CONVENING,
                                "/api/convening/outcomes",
                                new LinkedMultiValueMap<>(Map.of("theme", List.of(theme)))));
        return "programme/outcomes";
    }

    // --- signed in: one's workshops ---

    @GetMapping("/my/workshops")
    public String mine(Model model) {
        List<Map<String, Object>> convenors = backend.list(Service.CONVENING, "/api/convening/convenors/mine", null);
        List<Map<String, Object>> workshops = backend.list(Service.CONVENING, WORKSHOPS + "mine", null);
        Set<String> mine = ids(convenors);
        model.addAttribute("workshops", workshops);
        model.addAttribute(
                "waitingForMe",
                workshops.stream()
                        .filter(w -> rows(w.get("invitations")).stream()
                                .anyMatch(i -> "WAITING".equals(i.get("answer"))
                                        && mine.contains(String.valueOf(i.get("convenorId")))))
                        .map(w -> String.valueOf(w.get("id")))
                        .collect(Collectors.toSet()));
        model.addAttribute("canPropose", convenors.stream().anyMatch(c -> "PUBLISHED".equals(c.get("status"))));
        return "programme/mine";
    }

    @GetMapping("/my/workshops/new")
    public String proposeForm(
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String venueId,
            @RequestParam(required = false) @Nullable List<String> invite,
            Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("theme", theme);
        form.put("venueId", venueId);
        List<String> invited = new ArrayList<>(invitedOnTheme(theme));
        if (invite != null) {
            // At most as many as a proposal may invite, and only what can be an id.
            invite.stream()
                    .filter(id -> id.matches("[A-Za-z0-9-]{1,64}") && !invited.contains(id))
                    .limit(30)
                    .forEach(invited::add);
        }
        form.put("invite", invited);
        form.put("attendance", "40");
        form.put("length", "1");
        return proposal(form, Map.of(), null, model);
    }

    @PostMapping("/my/workshops")
    public String propose(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        try {
            Map<String, Object> created =
                    backend.send(HttpMethod.POST, Service.CONVENING, "/api/convening/workshops", workshopRequest(form));
            flash.addFlashAttribute("notice", "ws.notice.proposed");
            return "redirect:/my/workshops/" + Objects.requireNonNull(created).get("id");
        } catch (BackendProblem problem) {
            Map<String, Object> typed = new LinkedHashMap<>(form.toSingleValueMap());
            for (String many : List.of("invite", "interpretation", "days", "preferredDays")) {
                typed.put(many, form.getOrDefault(many, List.of()));
            }
            return proposal(typed, Outcomes.fieldErrors(problem), problem.detail(), model);
        }
    }

    private String proposal(
            Map<String, Object> form, Map<String, String> errors, @Nullable String problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute(
                "myConvenors",
                backend.list(Service.CONVENING, "/api/convening/convenors/mine", null).stream()
                        .filter(c -> "PUBLISHED".equals(c.get("status")))
                        .toList());
        model.addAttribute("venues", backend.list(Service.CONVENING, "/api/convening/venues", null));
        Map<String, Object> directory = backend.get(
                Service.CONVENING,
                "/api/convening/convenors",
                new LinkedMultiValueMap<>(Map.of("size", List.of("100"))));
        // The convenors already chosen come first, whether or not they are among the directory's first hundred.
        List<Map<String, Object>> convenors = new ArrayList<>();
        Set<String> listed = new java.util.HashSet<>();
        for (Object id : ((List<?>) form.getOrDefault("invite", List.of()))
                .stream().limit(30).toList()) {
            if (!String.valueOf(id).matches("[A-Za-z0-9-]{1,64}")) {
                continue;
            }
            try {
                convenors.add(backend.get(Service.CONVENING, "/api/convening/convenors/" + id, null));
                listed.add(String.valueOf(id));
            } catch (BackendProblem gone) {
                // no longer public: not offered
            }
        }
        rows(directory.get("items")).stream()
                .filter(c -> !listed.contains(String.valueOf(c.get("id"))))
                .forEach(convenors::add);
        model.addAttribute("convenors", convenors);
        return "programme/propose";
    }

    @GetMapping("/my/workshops/{id}")
    public String myWorkshop(@PathVariable String id, Model model) {
        Map<String, Object> workshop = backend.get(Service.CONVENING, WORKSHOPS + id, null);
        List<Map<String, Object>> convenors = backend.list(Service.CONVENING, "/api/convening/convenors/mine", null);
        Set<String> mine = ids(convenors);
        model.addAttribute("workshop", workshop);
        model.addAttribute("mine", mine);
        model.addAttribute("proposer", mine.contains(String.valueOf(workshop.get("convenorId"))));
        model.addAttribute("outcome", outcomeOf(id));
        model.addAttribute("place", placeOf(workshop));
        model.addAttribute("zone", zoneOf(workshop));
        return "programme/my-workshop";
    }

    @PostMapping("/my/workshops/{id}/invitations/{convenorId}/{answer:accept|decline}")
    public String answer(
            @PathVariable String id,
            @PathVariable String convenorId,
            @PathVariable String answer,
            RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "accept".equals(answer) ? "ws.notice.accepted" : "ws.notice.declined",
                "redirect:/my/workshops/" + id,
                () -> backend.send(
                        HttpMethod.POST,
                        Service.CONVENING,
                        WORKSHOPS + id + "/invitations/" + convenorId + "/" + answer,
                        null));
    }

    @PostMapping("/my/workshops/{id}/{action:submit|withdraw}")
    public String submitOrWithdraw(@PathVariable String id, @PathVariable String action, RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "submit".equals(action) ? "ws.notice.submitted" : "convening.notice.withdrawn",
                "redirect:/my/workshops/" + id,
                () -> backend.send(HttpMethod.POST, Service.CONVENING, WORKSHOPS + id + "/" + action, null));
    }

    @GetMapping("/my/workshops/{id}/outcome")
    public String outcomeForm(@PathVariable String id, Model model) {
        Map<String, Object> outcome = outcomeOf(id);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("challenges", Pages.padded(outcome == null ? List.of() : rows(outcome.get("challenges")), 3));
        form.put("followUps", Pages.padded(outcome == null ? List.of() : rows(outcome.get("followUps")), 2));
        form.put("agreedBy", outcome == null ? List.of() : outcome.get("agreedBy"));
        return outcomePage(id, form, Map.of(), null, model);
    }

    @PostMapping("/my/workshops/{id}/outcome")
    public String writeOutcome(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        Map<String, Object> body = outcomeRequest(form);
        try {
            backend.send(HttpMethod.PUT, Service.CONVENING, WORKSHOPS + id + "/outcome", body);
            ConveningPages.submitted(backend, form, flash, WORKSHOPS + id + "/outcome/submit");
            return "redirect:/my/workshops/" + id;
        } catch (BackendProblem problem) {
            Map<String, Object> typed = new LinkedHashMap<>(body);
            typed.put("challenges", Pages.padded(rows(body.get("challenges")), 3));
            typed.put("followUps", Pages.padded(rows(body.get("followUps")), 2));
            return outcomePage(id, typed, Outcomes.fieldErrors(problem), problem.detail(), model);
        }
    }

    private String outcomePage(
            String id, Map<String, Object> form, Map<String, String> errors, @Nullable String problem, Model model) {
        model.addAttribute("workshop", backend.get(Service.CONVENING, WORKSHOPS + id, null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "programme/outcome-form";
    }

    // --- the programme's admins' board ---

    @GetMapping("/programme/{venueId}/board")
    public String board(@PathVariable String venueId, Model model) {
        Map<String, Object> venue = backend.get(Service.CONVENING, VENUES + venueId, null);
        Map<String, Object> draft = backend.get(Service.CONVENING, VENUES + venueId + "/programme", null);
        model.addAttribute("venue", venue);
        model.addAttribute("draft", draft);
        model.addAttribute("grid", grid(venue, rows(draft.get("placements"))));
        model.addAttribute("uncovered", backend.list(Service.CONVENING, VENUES + venueId + "/uncovered-themes", null));
        model.addAttribute("closedKeys", closedKeys(venue));
        model.addAttribute(
                "proposals",
                backend.list(
                        Service.CONVENING,
                        VENUES + venueId + "/workshops",
                        new LinkedMultiValueMap<>(Map.of("proposals", List.of("true")))));
        return "programme/board";
    }

    @PostMapping("/programme/{venueId}/board/{action:solve|stop|publish}")
    public String boardAction(
            @PathVariable String venueId,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable Integer seconds,
            RedirectAttributes flash) {
        return Outcomes.of(
                flash,
                "ws.board.notice." + action,
                "redirect:/programme/" + venueId + "/board",
                () -> backend.send(
                        HttpMethod.POST,
                        Service.CONVENING,
                        VENUES + venueId + "/programme/" + action,
                        "solve".equals(action) ? Map.of("seconds", seconds == null ? 60 : seconds) : null));
    }

    /** The slots a room cannot be used, checked as {@code day#slot}, replacing those it had. */
    @PostMapping("/programme/{venueId}/board/rooms/{roomId}/closed")
    public String closeRoom(
            @PathVariable String venueId,
            @PathVariable String roomId,
            @RequestParam(required = false) @Nullable List<String> closed,
            RedirectAttributes flash) {
        List<Map<String, Object>> slots = new ArrayList<>();
        for (String value : closed == null ? List.<String>of() : closed) {
            String[] daySlot = value.split("#", 2);
            if (daySlot.length == 2 && daySlot[1].matches("\\d{1,2}")) {
                slots.add(Map.of("day", daySlot[0], "slot", Integer.valueOf(daySlot[1])));
            }
        }
        return Outcomes.of(
                flash,
                "ws.board.notice.closed",
                "redirect:/programme/" + venueId + "/board",
                () -> backend.send(
                        HttpMethod.PUT,
                        Service.CONVENING,
                        VENUES + venueId + "/rooms/" + roomId + "/closed",
                        Map.of("closed", slots)));
    }

    @PostMapping("/programme/{venueId}/board/workshops/{workshopId}")
    public String place(
            @PathVariable String venueId,
            @PathVariable String workshopId,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roomId", Pages.blankToNull(form.getFirst("roomId")));
        body.put("day", Pages.blankToNull(form.getFirst("day")));
        String slot = Pages.blankToNull(form.getFirst("slot"));
        body.put("slot", slot == null ? null : Integer.valueOf(slot));
        body.put("pinned", form.containsKey("pinned"));
        return Outcomes.of(
                flash,
                "ws.board.notice.placed",
                "redirect:/programme/" + venueId + "/board",
                () -> backend.send(
                        HttpMethod.PUT,
                        Service.CONVENING,
                        VENUES + venueId + "/programme/workshops/" + workshopId,
                        body));
    }

    // --- helpers ---

    /** Per day of the venue, its slots by rooms: each cell the placement running in that room then, if any. */
    static Map<Object, List<BoardRow>> grid(Map<String, Object> venue, List<Map<String, Object>> placements) {
        List<Map<String, Object>> rooms = rows(venue.get("rooms"));
        List<Map<String, Object>> slots = rows(venue.get("slots"));
        Map<Object, List<BoardRow>> days = new LinkedHashMap<>();
        for (Object day : (List<?>) venue.get("days")) {
            List<BoardRow> rows = new ArrayList<>();
            for (int slot = 1; slot <= slots.size(); slot++) {
                List<@Nullable Map<String, Object>> cells = new ArrayList<>();
                for (Map<String, Object> room : rooms) {
                    int at = slot;
                    cells.add(placements.stream()
                            .filter(p -> String.valueOf(day).equals(String.valueOf(p.get("day")))
                                    && room.get("id").equals(p.get("roomId")))
                            .filter(p -> {
                                int first = ((Number) p.get("slot")).intValue();
                                int length = ((Number) p.get("length")).intValue();
                                return first <= at && at < first + length;
                            })
                            .findFirst()
                            .orElse(null));
                }
                Map<String, Object> times = slots.get(slot - 1);
                rows.add(new BoardRow(slot, times.get("start"), times.get("end"), cells));
            }
            days.put(day, rows);
        }
        return days;
    }

    /** Each room's closed slots as {@code room|day#slot}, to check the board's boxes. */
    static Set<String> closedKeys(Map<String, Object> venue) {
        Set<String> keys = new java.util.HashSet<>();
        for (Map<String, Object> room : rows(venue.get("rooms"))) {
            for (Map<String, Object> closed : rows(room.get("closed"))) {
                keys.add(room.get("id") + "|" + closed.get("day") + "#" + closed.get("slot"));
            }
        }
        return keys;
    }

    /** The published programme's workshops grouped by day, in order of time. */
    private static Map<Object, List<Map<String, Object>>> byDay(List<Map<String, Object>> entries) {
        return entries.stream()
                .collect(Collectors.groupingBy(e -> e.get("day"), LinkedHashMap::new, Collectors.toList()));
    }

    /** Where and when a workshop takes place in its venue's published programme, if it is in it. */
    private @Nullable Map<String, Object> placeOf(Map<String, Object> workshop) {
        if (!"PUBLISHED".equals(workshop.get("status"))) {
            return null;
        }
        try {
            Map<String, Object> published =
                    backend.get(Service.CONVENING, VENUES + workshop.get("venueId") + "/programme/published", null);
            return rows(published.get("workshops")).stream()
                    .filter(e -> workshop.get("id").equals(e.get("workshopId")))
                    .findFirst()
                    .orElse(null);
        } catch (BackendProblem notPublished) {
            return null;
        }
    }

    private Object zoneOf(Map<String, Object> workshop) {
        return backend.get(Service.CONVENING, VENUES + workshop.get("venueId"), null)
                .get("timeZone");
    }

    private @Nullable Map<String, Object> outcomeOf(String workshopId) {
        try {
            return backend.get(Service.CONVENING, WORKSHOPS + workshopId + "/outcome", null);
        } catch (BackendProblem none) {
            return null;
        }
    }

    /** The public convenors of a theme's issues (the latest year's themes), to invite. */
    private List<String> invitedOnTheme(@Nullable String theme) {
        if (theme == null || theme.isBlank()) {
            return List.of();
        }
        return backend.list(Service.CONVENING, "/api/convening/themes", null).stream()
                .filter(t -> theme.equals(t.get("name")))
                .flatMap(t -> rows(t.get("issues")).stream())
                .map(i -> String.valueOf(i.get("convenorId")))
                .distinct()
                .toList();
    }

    static Map<String, Object> workshopRequest(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("venueId", "convenorId", "title", "description", "theme")) {
            body.put(field, Pages.blankToNull(form.getFirst(field)));
        }
        for (String field : List.of("attendance", "length")) {
            String value = Pages.blankToNull(form.getFirst(field));
            // A number as a number; anything else as typed, for the service to name the field.
            body.put(field, value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : value);
        }
        body.put("invite", form.getOrDefault("invite", List.of()));
        body.put("interpretation", form.getOrDefault("interpretation", List.of()));
        body.put("stepFree", form.containsKey("stepFree"));
        body.put("hybrid", form.containsKey("hybrid"));
        body.put("days", form.getOrDefault("days", List.of()));
        body.put("preferredDays", form.getOrDefault("preferredDays", List.of()));
        return body;
    }

    static Map<String, Object> outcomeRequest(MultiValueMap<String, String> form) {
        List<Map<String, Object>> challenges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String statement = Pages.blankToNull(form.getFirst("challenges[" + i + "].statement"));
            List<String> lines = form.getOrDefault("challenges[" + i + "].actionLines", List.of());
            if (statement != null || !lines.isEmpty()) {
                Map<String, Object> challenge = new LinkedHashMap<>();
                challenge.put("statement", statement);
                challenge.put("actionLines", lines);
                challenges.add(challenge);
            }
        }
        List<Map<String, Object>> followUps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String mechanism = Pages.blankToNull(form.getFirst("followUps[" + i + "].mechanism"));
            String lead = Pages.blankToNull(form.getFirst("followUps[" + i + "].lead"));
            String by = Pages.blankToNull(form.getFirst("followUps[" + i + "].by"));
            if (mechanism != null || lead != null || by != null) {
                Map<String, Object> followUp = new LinkedHashMap<>();
                followUp.put("mechanism", mechanism);
                followUp.put("lead", lead);
                followUp.put("by", by);
                followUps.add(followUp);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenges", challenges);
        body.put("agreedBy", form.getOrDefault("agreedBy", List.of()));
        body.put("followUps", followUps);
        return body;
    }

    private static Set<String> ids(List<Map<String, Object>> convenors) {
        return convenors.stream().map(c -> String.valueOf(c.get("id"))).collect(Collectors.toSet());
    }

    private static List<String> listOf(@Nullable String value) {
        return value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(@Nullable Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
