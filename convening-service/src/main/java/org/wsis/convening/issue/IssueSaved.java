package org.wsis.convening.issue;

/** An issue was written; whoever keeps a view of issues (the directory) brings it up to date. */
public record IssueSaved(String issueId) {}
