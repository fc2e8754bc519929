package org.wsis.servicekit.problem;

/**
 * A domain rule refused a move. Plain Java, so that domain packages may throw it; {@code code} is stable
 * and becomes the problem type. The kit answers it with 409, or 429 when it is {@link RetryLater}; a
 * service's own advice may answer some codes otherwise (422 for a missing message, 403 for someone else's
 * item).
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
