package org.wsis.servicekit.problem;

/**
 * An application service's refusal, in the service's own words: what does not exist, what the caller may
 * not do, what changed meanwhile, what cannot be answered. Plain Java: application services throw it
 * without speaking HTTP, and the kit's problem handlers map its {@link Kind} to a status at the edge (404,
 * 403, 409, 400), with {@link #code()} as the problem type. Domain rules throw {@link RuleViolation}.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal, which the edge answers with a status of its own. */
    public enum Kind {
        /** 404: the thing asked for does not exist (or the caller may not know that it does). */
        NOT_FOUND,
        /** 403: the caller may not do this. */
        NOT_PERMITTED,
        /** 409: the request conflicts with the current state; asking again later may succeed. */
        CONFLICT,
        /** 400: the request cannot be answered as it is asked. */
        INVALID
    }

    private final Kind kind;
    private final String code;

    public Refusal(Kind kind, String code, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, "not-found", what + " does not exist.");
    }

    public static Refusal notPermitted(String detail) {
        return new Refusal(Kind.NOT_PERMITTED, "forbidden", detail);
    }

    public static Refusal staleVersion() {
        return new Refusal(
                Kind.CONFLICT,
                "stale-version",
                "Someone changed this since you loaded it; reload and apply your change again.");
    }

    public static Refusal conflict(String code, String detail) {
        return new Refusal(Kind.CONFLICT, code, detail);
    }

    public static Refusal invalid(String code, String detail) {
        return new Refusal(Kind.INVALID, code, detail);
    }
}
