package org.wsis.convening.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;
import org.wsis.convening.publication.domain.Publication;
import org.wsis.convening.publication.domain.PublicationStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Convenors and their issues read from JSON Lines, one issue per line with its convenor ({@code id, theme,
 * language, year, convenor, stakeholderType, country, title, description, actionLines, sdgs, keywords}), as
 * published: approved once, with no event (nothing happened to them here). The demonstration data and the
 * labelled set of the similarity benchmark are both in this form.
 */
public final class ConveningDemo {

    /** One line: the theme it was written for, its language, and the convenor and issue it is. */
    public record Item(String id, String theme, String language, Convenor convenor, Issue issue) {}

    private ConveningDemo() {}

    public static List<Item> read(Reader source, Instant publishedAt) {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    items.add(item(json.readTree(line), publishedAt));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static Item item(JsonNode n, Instant at) {
        String id = n.path("id").asString();
        String name = n.path("convenor").asString();
        String language = n.path("language").asString();
        Recipient manager = new Recipient("demo-manager-" + id, "convenor-" + id + "@example.org", name, language);
        ConvenorDetails profile = new ConvenorDetails(
                name,
                StakeholderType.valueOf(n.path("stakeholderType").asString()),
                n.path("country").asString(),
                null,
                List.of(language),
                name + " convenes workshops and consultations with its partners.",
                new ConvenorDetails.Contact(name, "convenor-" + id + "@example.org", null));
        Convenor convenor = Convenor.restore(new Convenor.State(
                "demo-convenor-" + id, List.of(manager), List.of(), published(profile, at), manager, at, at, null));
        IssueDetails details = new IssueDetails(
                n.path("year").asInt(),
                n.path("title").asString(),
                n.path("description").asString(),
                language,
                strings(n.path("actionLines")).stream().map(ActionLine::valueOf).toList(),
                ints(n.path("sdgs")),
                strings(n.path("keywords")),
                List.of());
        Issue issue =
                Issue.restore(new Issue.State(id, convenor.id(), name, published(details, at), manager, at, at, null));
        return new Item(id, n.path("theme").asString(), language, convenor, issue);
    }

    private static <D> Publication<D> published(D details, Instant at) {
        return new Publication<>(details, details, 1, PublicationStatus.PUBLISHED, 1, null, at);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }
}
