package org.wsis.notification.privacy.domain;

import java.util.List;

/** A request to erase an account that cannot be carried out as it is: each wrong field and why. */
public class ErasureRefused extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public ErasureRefused(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
