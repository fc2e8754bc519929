package org.wsis.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Small helpers the pages' controllers share: query strings, form values, who is reading. */
final class Pages {

    private Pages() {}

    static @Nullable String queryString(MultiValueMap<String, String> query) {
        return UriComponentsBuilder.newInstance()
                .queryParams(query)
                .build()
                .encode()
                .getQuery();
    }

    /** The values of {@code filters} that {@code params} fills in (not blank), put into {@code query}. */
    static void putFilled(
            MultiValueMap<String, String> params, List<String> filters, MultiValueMap<String, String> query) {
        for (String filter : filters) {
            List<String> values = params.getOrDefault(filter, List.of()).stream()
                    .filter(v -> !v.isBlank())
                    .toList();
            if (!values.isEmpty()) {
                query.put(filter, values);
            }
        }
    }

    /** An id as a redirect may carry it: its letters, digits, {@code _} and {@code -}, nothing else. */
    static String safeId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "");
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whole numbers as numbers; anything else as typed, for the service to refuse field by field. */
    static List<Object> numbers(List<String> values) {
        List<Object> numbers = new ArrayList<>();
        for (String value : values) {
            numbers.add(value.matches("\\d{1,4}") ? Integer.valueOf(value) : value);
        }
        return numbers;
    }

    /** A local date and time as a {@code datetime-local} field takes it: to the minute. */
    static String minutes(String localDateTime) {
        return localDateTime.length() > 16 ? localDateTime.substring(0, 16) : localDateTime;
    }

    /** {@code rows}, followed by empty rows up to {@code size}: the blank lines of a repeated group of fields. */
    static List<Map<String, Object>> padded(List<Map<String, Object>> rows, int size) {
        List<Map<String, Object>> padded = new ArrayList<>(rows);
        while (padded.size() < size) {
            padded.add(new LinkedHashMap<>());
        }
        return padded;
    }

    static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
