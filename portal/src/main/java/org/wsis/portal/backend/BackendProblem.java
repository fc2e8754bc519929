package org.wsis.portal.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service said no: its status and RFC 9457 problem details. */
public class BackendProblem extends RuntimeException {

    private final int status;
    private final Map<String, Object> problem;

    public BackendProblem(int status, Map<String, Object> problem) {
        super(status + " " + problem.getOrDefault("detail", ""));
        this.status = status;
        this.problem = Map.copyOf(problem);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return String.valueOf(problem.getOrDefault("detail", ""));
    }

    /** The problem's short code, such as {@code validation} or {@code already-voted}. */
    public String code() {
        String type = String.valueOf(problem.getOrDefault("type", ""));
        return type.substring(type.lastIndexOf(':') + 1);
    }

    /** Field errors: field name to its messages, in the order the service gave them. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    String field = String.valueOf(error.get("field"));
                    String message = String.valueOf(error.get("message"));
                    errors.merge(field, message, (a, b) -> a + "; " + b);
                }
            }
        }
        return errors;
    }
}
