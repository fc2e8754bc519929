package org.wsis.testkit;

/** Tokens for the people of the test stories, signed by the shared test issuer. */
public final class TestUsers {

    private TestUsers() {}

    public static String stakeholder(String name) {
        String id = "user-" + name.toLowerCase(java.util.Locale.ROOT);
        return PlatformInfrastructure.shared().token(id, id + "@example.org", name, "stakeholder");
    }

    public static String moderator(String name) {
        String id = "mod-" + name.toLowerCase(java.util.Locale.ROOT);
        return PlatformInfrastructure.shared().token(id, id + "@example.org", name, "moderator");
    }

    /** An editor of the newsroom (role {@code editor}). */
    public static String editor(String name) {
        String id = "ed-" + name.toLowerCase(java.util.Locale.ROOT);
        return PlatformInfrastructure.shared().token(id, id + "@example.org", name, "editor");
    }

    public static String voter(String name) {
        String id = voterId(name);
        return PlatformInfrastructure.shared().token(id, id + "@example.org", name);
    }

    /** A voter whose account has the given e-mail address and was created at the given time. */
    public static String voter(String name, String email, java.time.Instant accountCreatedAt) {
        return PlatformInfrastructure.shared().voterToken(voterId(name), email, name, accountCreatedAt);
    }

    /** The subject of {@link #voter}'s tokens. */
    public static String voterId(String name) {
        return "voter-" + name.toLowerCase(java.util.Locale.ROOT);
    }
}
