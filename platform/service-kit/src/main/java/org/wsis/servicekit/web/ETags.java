package org.wsis.servicekit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.wsis.servicekit.problem.ApiException;

/** Versions as entity tags: answers carry {@code ETag: "<version>"}, writes send it back in {@code If-Match}. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names; null when there is none. Anything but an entity tag
     * this API handed out is a 400 {@code bad-if-match}.
     */
    public static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "bad-if-match", "If-Match must be an ETag this API returned.");
        }
    }
}
