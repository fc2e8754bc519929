package org.wsis.convening.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.demo.ConveningDemo;
import org.wsis.convening.issue.domain.Issue;

/**
 * The labelled set of {@code benchmarks/convening/labelled-issues.jsonl}: issues written for the purpose,
 * each with the theme it was written for, read as published convenors and issues (as the demonstration data
 * is) and indexed by the same directory mapping as in the running service.
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
        try (var reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            return ConveningDemo.read(reader, Instant.parse("2027-02-01T09:00:00Z")).stream()
                    .map(i -> new Labelled(i.id(), i.theme(), i.language(), i.convenor(), i.issue()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
