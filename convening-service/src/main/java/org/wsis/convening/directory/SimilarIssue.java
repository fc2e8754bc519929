package org.wsis.convening.directory;

import java.util.List;

/**
 * An issue of another convenor similar to the one asked about, and why: the words and themes both texts use,
 * and the action lines and SDGs both address. {@code score} is between 0 and 1.
 */
public record SimilarIssue(
        IssueCard issue,
        double score,
        List<String> sharedWords,
        List<String> sharedThemes,
        List<String> sharedActionLines,
        List<Integer> sharedSdgs) {}
