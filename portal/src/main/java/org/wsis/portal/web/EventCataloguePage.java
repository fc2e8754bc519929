package org.wsis.portal.web;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wsis.contracts.catalogue.EventCatalogue;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event catalogue beside the API documentation: every stream between the services, its messages,
 * their headers, key and fields, and a golden sample of each; as a page at {@code /api/docs/events} and
 * as an AsyncAPI 3.0 document at {@code /api/docs/events.json}. Both come from the contracts this
 * portal was built with, which are the contracts the services were built with.
 */
@Controller
public class EventCataloguePage {

    /** One message as the page shows it: the catalogue's record and its golden sample, indented. */
    public record ShownMessage(EventCatalogue.Message message, String example) {}

    /** One stream as the page shows it. */
    public record ShownStream(EventCatalogue.Stream stream, List<ShownMessage> messages) {}

    private static final JsonMapper INDENTED =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<ShownStream> streams = EventCatalogue.streams().stream()
            .map(s -> new ShownStream(
                    s,
                    s.messages().stream()
                            .map(m -> new ShownMessage(m, INDENTED.writeValueAsString(m.example())))
                            .toList()))
            .toList();
    private final String document = JsonMapper.builder().build().writeValueAsString(EventCatalogue.asyncApi());

    @GetMapping("/api/docs/events")
    public String page(Model model) {
        model.addAttribute("streams", streams);
        model.addAttribute("path", "/api/docs");
        return "api-events";
    }

    @GetMapping(value = "/api/docs/events.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> document() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }
}
