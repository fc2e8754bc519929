package org.wsis.submission.entry.domain;

/** An entry refused a move; {@code code} is stable and becomes the problem type. */
public class EntryRuleViolation extends RuntimeException {

    private final String code;

    public EntryRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
