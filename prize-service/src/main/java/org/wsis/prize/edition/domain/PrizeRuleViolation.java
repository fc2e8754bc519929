package org.wsis.prize.edition.domain;

/** A prize rule refused a move; {@code code} is stable and becomes the problem type. */
public class PrizeRuleViolation extends RuntimeException {

    private final String code;

    public PrizeRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
