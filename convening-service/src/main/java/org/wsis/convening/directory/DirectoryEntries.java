package org.wsis.convening.directory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.reference.Countries;
import org.wsis.convening.calendar.CalendarEntry;
import org.wsis.convening.calendar.domain.EventType;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.domain.ConvenorDetails;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.domain.IssueDetails;

/**
 * What the directory index holds of a convenor and of an issue: only what is public, as the public sees it.
 * An issue's text for similarity is its title (twice: it is the most telling), its description and its
 * keywords.
 */
public final class DirectoryEntries {

    private DirectoryEntries() {}

    /** What the directory holds of an issue: its entry while it and its convenor are public, else nothing. */
    public static DirectoryIndex.@Nullable IssueEntry publicIssue(
            @Nullable Convenor convenor, Issue issue, DirectoryIndex index) {
        if (convenor == null || !convenor.isPublic() || !issue.publication().isPublic()) {
            return null;
        }
        ConvenorDetails c = convenor.publication().publicDetails().orElseThrow();
        IssueDetails d = issue.publication().publicDetails().orElseThrow();
        String text = d.title() + "\n" + d.title() + "\n" + d.description() + "\n" + String.join(", ", d.keywords());
        return new DirectoryIndex.IssueEntry(
                new IssueCard(
                        issue.id(),
                        convenor.id(),
                        c.name(),
                        c.stakeholderType().name(),
                        c.country(),
                        c.region().name(),
                        d.year(),
                        d.title(),
                        summary(d.description()),
                        d.language(),
                        d.actionLines().stream().map(Enum::name).toList(),
                        d.sdgs(),
                        d.keywords(),
                        List.copyOf(index.conceptsIn(text, d.language())),
                        issue.publication().publishedAt()),
                text);
    }

    /**
     * What the calendar holds of an issue: its published planned events while it and its convenor are
     * public, organised by the convenor, under the issue's classification.
     */
    public static List<CalendarEntry> calendarEntries(@Nullable Convenor convenor, Issue issue) {
        if (convenor == null || !convenor.isPublic() || !issue.publication().isPublic()) {
            return List.of();
        }
        ConvenorDetails c = convenor.publication().publicDetails().orElseThrow();
        IssueDetails d = issue.publication().publicDetails().orElseThrow();
        Instant publishedAt = issue.publication().publishedAt() == null
                ? issue.updatedAt()
                : issue.publication().publishedAt();
        return d.plannedEvents().stream()
                .map(e -> new CalendarEntry(
                        e.calendarKey(issue.id()),
                        CalendarEntry.Source.ISSUE,
                        issue.id(),
                        convenor.id(),
                        issue.publication().publishedRevision(),
                        e.title(),
                        EventType.valueOf(e.type().name()),
                        c.name(),
                        d.title() + "\n\n" + summary(d.description()),
                        e.start(),
                        e.end(),
                        e.online(),
                        null,
                        e.place(),
                        e.country(),
                        e.country() == null
                                ? null
                                : Countries.byCode(e.country())
                                        .map(country -> country.region().name())
                                        .orElse(null),
                        d.language(),
                        d.actionLines().stream().map(Enum::name).toList(),
                        d.sdgs(),
                        publishedAt,
                        issue.updatedAt()))
                .toList();
    }

    /** What the directory holds of a convenor: its entry while it is public, with its public issues. */
    public static DirectoryIndex.@Nullable ConvenorEntry publicConvenor(Convenor convenor, List<Issue> itsIssues) {
        if (!convenor.isPublic()) {
            return null;
        }
        ConvenorDetails c = convenor.publication().publicDetails().orElseThrow();
        List<IssueDetails> published = itsIssues.stream()
                .flatMap(i -> i.publication().publicDetails().stream())
                .toList();
        return new DirectoryIndex.ConvenorEntry(
                new ConvenorCard(
                        convenor.id(),
                        c.name(),
                        c.stakeholderType().name(),
                        c.country(),
                        c.region().name(),
                        summary(c.description()),
                        c.languages(),
                        published.size(),
                        published.stream()
                                .flatMap(d -> d.actionLines().stream())
                                .map(Enum::name)
                                .distinct()
                                .sorted()
                                .toList(),
                        published.stream()
                                .flatMap(d -> d.sdgs().stream())
                                .distinct()
                                .sorted()
                                .toList(),
                        published.stream()
                                .map(IssueDetails::year)
                                .distinct()
                                .sorted()
                                .toList(),
                        convenor.publication().publishedAt()),
                c.name() + "\n" + c.name() + "\n" + c.description());
    }

    /** The first 300 characters of a text, cut at a word. */
    private static String summary(String text) {
        if (text.length() <= 300) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 300);
        return text.substring(0, cut > 200 ? cut : 300) + "…";
    }
}
