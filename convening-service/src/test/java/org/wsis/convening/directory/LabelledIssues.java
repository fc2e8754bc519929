package org.wsis.convening.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled set of {@code benchmarks/convening/labelled-issues.jsonl}: issues written for the purpose,
 * each with the theme it was written for, taken through the same domain and the same directory mapping as
 * in the running service (a convenor and an issue, both approved by a moderator).
 */
public final class LabelledIssues {

    /** One labelled issue: its theme and language, and the convenor and issue it becomes. */
    public record Labelled(String id, String theme, String language, Convenor convenor, Issue issue) {}

    public static final Path FILE = locate();

    private LabelledIssues() {}

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("benchmarks/convening/labelled-issues.jsonl");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("benchmarks/convening/labelled-issues.jsonl not found above " + here);
    }

    public static List<Labelled> load() {
        JsonMapper json = JsonMapper.builder().build();
        List<Labelled> all = new ArrayList<>();
        Instant now = Instant.parse("2027-02-01T09:00:00Z");
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String id = n.path("id").asString();
                Recipient manager = new Recipient("manager-" + id, id + "@example.org", id, null);
                Convenor convenor = Convenor.draft(
                        "convenor-" + id,
                        manager,
                        new ConvenorDetails(
                                n.path("convenor").asString(),
                                StakeholderType.valueOf(
                                        n.path("stakeholderType").asString()),
                                n.path("country").asString(),
                                null,
                                List.of(n.path("language").asString()),
                                n.path("convenor").asString(),
                                new ConvenorDetails.Contact(id, id + "@example.org", null)),
                        now);
                convenor.submit(manager, now);
                convenor.apply(approval(convenor.id(), ModerationDecided.SubjectType.CONVENOR), now);
                Issue issue = Issue.draft(
                        id,
                        convenor.id(),
                        n.path("convenor").asString(),
                        manager,
                        new IssueDetails(
                                n.path("year").asInt(),
                                n.path("title").asString(),
                                n.path("description").asString(),
                                n.path("language").asString(),
                                strings(n.path("actionLines")).stream()
                                        .map(ActionLine::valueOf)
                                        .toList(),
                                ints(n.path("sdgs")),
                                strings(n.path("keywords")),
                                List.of()),
                        now);
                issue.submit(manager, n.path("convenor").asString(), now);
                issue.apply(approval(id, ModerationDecided.SubjectType.CONVENOR_ISSUE), now);
                all.add(new Labelled(
                        id, n.path("theme").asString(), n.path("language").asString(), convenor, issue));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** An index holding the whole set, as the running service would after every issue was approved. */
    public static DirectoryIndex indexed(List<Labelled> set, DirectoryIndex.Weights weights) {
        DirectoryIndex index = new DirectoryIndex(weights);
        for (Labelled l : set) {
            index.putIssue(l.issue().id(), DirectoryEntries.publicIssue(l.convenor(), l.issue(), index));
            index.putConvenor(l.convenor().id(), DirectoryEntries.publicConvenor(l.convenor(), List.of(l.issue())));
        }
        index.refresh();
        return index;
    }

    private static ModerationDecided approval(String id, ModerationDecided.SubjectType type) {
        return new ModerationDecided(
                java.util.UUID.randomUUID(),
                Instant.parse("2027-02-01T09:00:00Z"),
                "item-" + id,
                type,
                id,
                1,
                ModerationDecided.Decision.APPROVED,
                "MEETS_GUIDELINES",
                null,
                "mod-evaluation",
                ModerationDecided.ItemKind.REVIEW);
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
