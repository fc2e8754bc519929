package org.wsis.notification.preference.domain;

/** A preference that cannot be chosen, with the field it concerns. */
public class PreferenceRuleViolation extends RuntimeException {

    private final String field;

    public PreferenceRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
