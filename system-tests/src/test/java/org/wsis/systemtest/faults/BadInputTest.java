package org.wsis.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input at every documented endpoint, generated from the services' OpenAPI documents and sent
 * through the portal by an account that holds every role: malformed, wrong-type, oversized and
 * injection-shaped bodies; valid bodies ({@link ValidRequests}) spoilt one field at a time with a value of
 * the wrong type, a fraction for a whole number, a number for text or a date, every control character,
 * direction overrides and unpaired surrogates; path ids with encoded NUL, overlong UTF-8 and {@code ../};
 * query parameters including searches of hundreds of words; {@code If-Match} headers that are not
 * versions. Then the portal's own pages, as anyone on the internet can reach them. Never a 5xx; a 4xx
 * with problem details wherever the input cannot be valid (an error page for the portal's pages); and
 * nothing the platform shows has changed afterwards.
 */
class BadInputTest {

    private static final List<String> INJECTIONS = List.of(
            "../../../../etc/passwd",
            "' OR '1'='1",
            "{\"$gt\":\"\"}",
            "<script>alert(1)</script>",
            "\u0000",
            "${jndi:ldap://example.org/a}");
    private static final String LONG = "a".repeat(5000);

    /** Every character that has no place in text a person writes, each on its own. */
    private static final List<String> UNSAFE_CHARACTERS = unsafeCharacters();

    /** What an answer must be. */
    enum Expect {
        /** Anything but a 5xx. */
        NO_ERROR,
        /** A 4xx. */
        REFUSED,
        /** 400: the body is what is wrong, whatever the path names. */
        BAD_REQUEST
    }

    /** One request to send: what it is (for the report), and what its answer must be. */
    record Probe(
            String what,
            String method,
            String pathAndQuery,
            @Nullable String body,
            String contentType,
            Expect expect,
            Map<String, String> headers) {

        Probe(
                String what,
                String method,
                String pathAndQuery,
                @Nullable String body,
                String contentType,
                boolean mustRefuse) {
            this(
                    what,
                    method,
                    pathAndQuery,
                    body,
                    contentType,
                    mustRefuse ? Expect.REFUSED : Expect.NO_ERROR,
                    Map.of());
        }

        static Expect refusedIf(boolean refused) {
            return refused ? Expect.REFUSED : Expect.NO_ERROR;
        }

        boolean mustRefuse() {
            return expect != Expect.NO_ERROR;
        }
    }

    @Test
    void noBadInputGetsA5xxAndInputThatCannotBeValidIsRefusedWithProblemDetailsChangingNothing() {
        FaultyPlatform platform = FaultyPlatform.get();
        VotingScene.get();
        PublicApi api = new PublicApi(platform);
        platform.stack.addAccounts(List.of("fuzzer"), List.of("moderator", "expert", "admin"));
        String token = platform.token("fuzzer");
        Map<String, String> before = settledSnapshot(api, token);

        List<PublicApi.Operation> operations = api.operations();
        assertThat(operations).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<String, String> pathValues = ValidRequests.pathValues(platform);
        for (PublicApi.Operation operation : operations) {
            List<Probe> probes = new ArrayList<>(probes(operation));
            probes.addAll(spoiltBodies(operation, pathValues));
            probes.addAll(strangePaths(operation, pathValues));
            probes.addAll(badHeaders(operation, pathValues));
            for (Probe probe : probes) {
                PublicApi.Answer answer = api.send(
                        probe.method(),
                        platform.stack.portalUrl() + probe.pathAndQuery(),
                        platform.token("fuzzer"),
                        probe.body(),
                        probe.contentType(),
                        probe.headers());
                sent++;
                String seen = operation.key() + " " + probe.what() + " -> " + answer.status();
                if (answer.status() >= 500) {
                    failures.add(seen + " " + abbreviate(answer.body()));
                } else if (probe.mustRefuse() && (answer.status() < 400)) {
                    failures.add(seen + " (accepted)");
                } else if (probe.expect() == Expect.BAD_REQUEST && answer.status() != 400) {
                    failures.add(seen + " (not refused as a bad request) " + abbreviate(answer.body()));
                } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    failures.add(seen + " without problem details: " + answer.contentType());
                }
            }
        }
        for (Probe probe : pageProbes()) {
            PublicApi.Answer answer = api.send(
                    probe.method(),
                    platform.stack.portalUrl() + probe.pathAndQuery(),
                    null,
                    null,
                    null,
                    Map.of("Accept", "text/html,application/xhtml+xml"));
            sent++;
            String seen = "page " + probe.what() + " -> " + answer.status();
            if (answer.status() >= 500) {
                failures.add(seen + " " + abbreviate(answer.body()));
            } else if (answer.status() >= 400 && !answer.contentType().startsWith("text/html")) {
                failures.add(seen + " without an error page: " + answer.contentType());
            }
        }
        assertThat(failures).as("of %d requests", sent).isEmpty();
        assertThat(sent).isGreaterThan(10_000);
        assertThat(snapshot(api, token)).isEqualTo(before);
    }

    /**
     * The snapshot once the platform is at rest: work of the tests before (tallies counting a burst,
     * mail going out) must not pass for a change made by bad input.
     */
    private static Map<String, String> settledSnapshot(PublicApi api, String token) {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(snapshot(api, token));
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    Map<String, String> now = snapshot(api, token);
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    /** What the fuzzing account and everyone else can see that bad input could have changed. */
    private static Map<String, String> snapshot(PublicApi api, String token) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/entries?mine=true&size=100",
                "/api/entries/statistics",
                "/api/moderation/items?size=100",
                "/api/moderation/my-items",
                "/api/prizes/editions",
                "/api/prizes/editions/" + VotingScene.YEAR + "/votes/mine",
                "/api/prizes/editions/" + VotingScene.YEAR + "/nominations",
                "/api/prizes/editions/" + VotingScene.YEAR + "/ballot-review",
                "/api/notifications/preferences",
                "/api/notifications/broadcasts",
                "/api/convening/convenors/mine",
                "/api/convening/issues?size=100")) {
            PublicApi.Answer answer = api.call("GET", path, token, null);
            assertThat(answer.status()).as(path).isEqualTo(200);
            seen.put(path, answer.body());
        }
        return seen;
    }

    private static List<Probe> probes(PublicApi.Operation operation) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        List<JsonNode> query = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            switch (parameter.path("in").asString()) {
                case "path" -> path.put(parameter.path("name").asString(), baseline(operation, parameter));
                case "query" -> query.add(parameter);
                default -> {
                    // Headers (If-Match) are left out.
                }
            }
        }
        boolean write = !operation.method().equals("GET");
        String validPath = PublicApi.fill(operation.path(), path, Map.of());
        // Path parameters: the wrong type for numbers, injection shapes and 5,000 characters for text.
        for (var name : path.keySet()) {
            JsonNode parameter = operation.parameters().stream()
                    .filter(p -> p.path("name").asString().equals(name))
                    .findFirst()
                    .orElseThrow();
            for (Bad bad : badValues(operation.resolve(parameter.path("schema")))) {
                Map<String, String> values = new LinkedHashMap<>(path);
                values.put(name, bad.value());
                probes.add(new Probe(
                        "path " + name + "=" + abbreviate(bad.value()),
                        operation.method(),
                        PublicApi.fill(operation.path(), values, Map.of()),
                        write ? "{}" : null,
                        "application/json",
                        bad.mustRefuse() || write));
            }
        }
        // Query parameters, one at a time.
        for (JsonNode parameter : query) {
            for (Bad bad : badValues(operation.resolve(parameter.path("schema")))) {
                probes.add(new Probe(
                        "query " + parameter.path("name").asString() + "=" + abbreviate(bad.value()),
                        operation.method(),
                        PublicApi.fill(
                                operation.path(),
                                path,
                                Map.of(parameter.path("name").asString(), bad.value())),
                        write && operation.body() != null ? "{}" : null,
                        "application/json",
                        bad.mustRefuse() || write));
            }
        }
        if (operation.body() != null) {
            for (String malformed :
                    List.of("{\"a\":", "[]", "\"text\"", "42", "null", "{\"$where\":\"sleep(1000)\"}")) {
                probes.add(new Probe(
                        "body " + malformed, operation.method(), validPath, malformed, "application/json", true));
            }
            probes.add(new Probe("body as text/plain", operation.method(), validPath, "{}", "text/plain", true));
            probes.add(new Probe(
                    "body of 2 MiB",
                    operation.method(),
                    validPath,
                    "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}",
                    "application/json",
                    true));
            // Each field of the wrong type: spoilt one at a time in a valid body (spoiltBodies).
        } else if (write) {
            // No body documented: the operation must still refuse a made-up id and an unexpected body.
            probes.add(new Probe(
                    "unexpected body",
                    operation.method(),
                    validPath,
                    "{\"$set\":{\"status\":\"PUBLISHED\"}}",
                    "application/json",
                    true));
        }
        return probes;
    }

    /**
     * The valid body with one field spoilt: a value of another type, a fraction or a number given as
     * text for a whole number, a number for text or a date, text one character too long, and text with
     * each unsafe character. Each must be refused with 400, naming the field, before anything is looked up.
     */
    private static List<Probe> spoiltBodies(PublicApi.Operation operation, Map<String, String> pathValues) {
        String valid = ValidRequests.body(operation);
        if (valid == null) {
            return List.of();
        }
        List<Probe> probes = new ArrayList<>();
        String path = PublicApi.fill(operation.path(), pathValues, Map.of());
        JsonNode schema = operation.resolve(operation.body());
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (var property : schema.path("properties").properties()) {
            JsonNode type = operation.resolve(property.getValue());
            List<JsonNode> spoilers = new ArrayList<>(spoilers(operation, type));
            if (required.contains(property.getKey())) {
                spoilers.add(PublicApi.JSON.nullNode());
            }
            for (JsonNode spoiler : spoilers) {
                ObjectNode body = (ObjectNode) PublicApi.JSON.readTree(valid);
                body.set(property.getKey(), spoiler);
                probes.add(new Probe(
                        "body " + property.getKey() + "=" + abbreviate(spoiler.toString()),
                        operation.method(),
                        path,
                        asciiJson(body.toString()),
                        "application/json",
                        Expect.BAD_REQUEST,
                        Map.of()));
            }
        }
        return probes;
    }

    /** Values no field of this schema can take. */
    private static List<JsonNode> spoilers(PublicApi.Operation operation, JsonNode schema) {
        var nodes = PublicApi.JSON.getNodeFactory();
        java.util.Set<JsonNode> bad = new java.util.LinkedHashSet<>(wrongTypes(schema));
        bad.addAll(List.of(
                PublicApi.JSON.createArrayNode().add(PublicApi.JSON.createObjectNode()),
                PublicApi.JSON.createObjectNode().put("$gt", "")));
        switch (schema.path("type").asString()) {
            case "string" -> {
                bad.add(nodes.numberNode(123));
                bad.add(nodes.numberNode(1.5));
                bad.add(nodes.numberNode(-2147483649L));
                bad.add(nodes.booleanNode(true));
                if (schema.path("format").asString().equals("date")) {
                    bad.add(nodes.stringNode("2024-13-45"));
                    bad.add(nodes.stringNode("yesterday"));
                }
                for (JsonNode allowed : schema.path("enum")) {
                    bad.add(nodes.stringNode(allowed.asString().toLowerCase(java.util.Locale.ROOT) + "-not"));
                }
                int max = schema.path("maxLength").asInt(0);
                if (max > 0) {
                    bad.add(nodes.stringNode("a".repeat(max + 1)));
                }
                for (String unsafe : UNSAFE_CHARACTERS) {
                    bad.add(nodes.stringNode("Rural" + unsafe + "schools"));
                }
            }
            case "integer" -> {
                bad.add(nodes.numberNode(1.5));
                bad.add(nodes.stringNode("2"));
                bad.add(nodes.booleanNode(true));
                bad.add(nodes.numberNode(new java.math.BigInteger("99999999999999999999")));
                bad.add(nodes.numberNode(1e300));
                if (schema.has("minimum")) {
                    bad.add(nodes.numberNode(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    bad.add(nodes.numberNode(schema.path("maximum").asLong() + 1));
                }
            }
            case "number" -> {
                bad.add(nodes.stringNode("2"));
                bad.add(nodes.booleanNode(true));
            }
            case "boolean" -> {
                bad.add(nodes.stringNode("true"));
                bad.add(nodes.numberNode(1));
            }
            case "array" -> {
                bad.add(nodes.stringNode("C4"));
                bad.add(nodes.numberNode(4));
                JsonNode items = operation.resolve(schema.path("items"));
                for (JsonNode item : spoilers(operation, items)) {
                    if (!item.isArray()) {
                        bad.add(PublicApi.JSON.createArrayNode().add(item));
                    }
                }
            }
            default -> {
                bad.remove(PublicApi.JSON.createObjectNode().put("$gt", ""));
                bad.add(nodes.stringNode("x"));
                bad.add(nodes.numberNode(1));
                bad.add(PublicApi.JSON.createArrayNode());
            }
        }
        return List.copyOf(bad);
    }

    /**
     * Path ids as an attacker writes them: encoded NUL and overlong UTF-8, encoded and doubly encoded
     * {@code ../}, every unsafe character, and 5,000 characters. Refused, or naming nothing; never a 5xx.
     */
    private static List<Probe> strangePaths(PublicApi.Operation operation, Map<String, String> pathValues) {
        List<Probe> probes = new ArrayList<>();
        String body = ValidRequests.body(operation);
        List<String> raw = new ArrayList<>(List.of(
                "%00",
                "a%00b",
                "%C0%AF",
                "%C0%AE%C0%AE%C0%AF",
                "..%2F..%2Fetc%2Fpasswd",
                "%2E%2E%2F%2E%2E",
                "%252E%252E%252F",
                "..%5C..%5C",
                "%FF%FE",
                "%E2%80%AE",
                "%ED%A0%80",
                "%3Bjsessionid%3Dx",
                "a%20OR%201%3D1",
                "%7B%22%24gt%22%3A%22%22%7D",
                "%2A",
                "%3F",
                "%23"));
        for (String unsafe : UNSAFE_CHARACTERS) {
            raw.add(urlEncoded("id" + unsafe));
        }
        for (String name : pathValues.keySet()) {
            if (!operation.path().contains("{" + name + "}")) {
                continue;
            }
            for (String value : raw) {
                Map<String, String> others = new LinkedHashMap<>(pathValues);
                others.remove(name);
                String path = PublicApi.fill(operation.path(), others, Map.of()).replace("{" + name + "}", value);
                probes.add(new Probe(
                        "path " + name + "=" + value,
                        operation.method(),
                        path,
                        body,
                        "application/json",
                        Probe.refusedIf(!operation.method().equals("GET") || !name.equals("id")),
                        Map.of()));
            }
        }
        // Query parameters: every unsafe character, refused by name; searches of hundreds of words.
        for (JsonNode parameter : operation.parameters()) {
            if (!parameter.path("in").asString().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asString();
            String path = PublicApi.fill(operation.path(), pathValues, Map.of());
            for (String unsafe : UNSAFE_CHARACTERS) {
                probes.add(new Probe(
                        "query " + name + " with U+" + Integer.toHexString(unsafe.codePointAt(0)),
                        operation.method(),
                        path + "?" + PublicApi.encode(name) + "=" + urlEncoded("rural" + unsafe),
                        body,
                        "application/json",
                        Expect.BAD_REQUEST,
                        Map.of()));
            }
            if (name.equals("q")) {
                for (int words : List.of(33, 64, 200, 400, 1000)) {
                    String many = String.join(" ", java.util.Collections.nCopies(words, "health"));
                    probes.add(new Probe(
                            "q of " + words + " words",
                            operation.method(),
                            path + "?q=" + PublicApi.encode(many),
                            null,
                            "application/json",
                            Expect.BAD_REQUEST,
                            Map.of()));
                }
            }
        }
        return probes;
    }

    /** {@code If-Match} with what is not a version, on every write; and bodies of the wrong media type. */
    private static List<Probe> badHeaders(PublicApi.Operation operation, Map<String, String> pathValues) {
        if (operation.method().equals("GET")) {
            return List.of();
        }
        String body = ValidRequests.body(operation);
        String path = PublicApi.fill(operation.path(), pathValues, Map.of());
        boolean takesIfMatch = operation.parameters().stream()
                .anyMatch(p -> p.path("in").asString().equals("header")
                        && p.path("name").asString().equalsIgnoreCase("If-Match"));
        List<Probe> probes = new ArrayList<>();
        // Where nothing in the path names a record that does not exist, a valid body would be carried out:
        // there, only an operation that reads If-Match gets one.
        boolean changesNothing = operation.path().contains("{") || takesIfMatch;
        for (String version : !changesNothing
                ? List.<String>of()
                : List.of(
                        "\"abc\"",
                        "abc",
                        "W/\"1\"",
                        "\"-1\"",
                        "\"1.5\"",
                        "\"99999999999999999999\"",
                        "*",
                        "\"\"",
                        "\"1\", \"2\"",
                        "\"1",
                        "\"\\u0000\"",
                        "\"" + "9".repeat(400) + "\"")) {
            probes.add(new Probe(
                    "If-Match " + abbreviate(version),
                    operation.method(),
                    path,
                    body,
                    "application/json",
                    // Where a version is asked for, a wrong one is refused; elsewhere it is ignored.
                    Probe.refusedIf(takesIfMatch),
                    Map.of("If-Match", version)));
        }
        if (body != null) {
            for (String type : List.of(
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data",
                    "text/html",
                    "application/json; charset=ISO-8859-1-not")) {
                probes.add(new Probe(
                        "Content-Type " + type, operation.method(), path, body, type, Expect.REFUSED, Map.of()));
            }
        }
        return probes;
    }

    /**
     * The portal's pages as anyone can reach them: strange ids, years and page numbers, searches with
     * unsafe characters and hundreds of words, gated pages without a session.
     */
    private static List<Probe> pageProbes() {
        List<String> values = new ArrayList<>(List.of(
                "%00",
                "%C0%AF",
                "..%2F..%2Fetc",
                "%2E%2E%2F",
                "%252E%252E%252F",
                "-1",
                "1.5",
                "99999999999999999999",
                "abc",
                "%E2%80%AE",
                "%FF",
                "a".repeat(5000),
                "%3Cscript%3E",
                "%7B%22%24gt%22%3A1%7D"));
        for (String unsafe : UNSAFE_CHARACTERS) {
            values.add(urlEncoded("x" + unsafe));
        }
        List<Probe> probes = new ArrayList<>();
        for (String value : values) {
            for (String page : List.of(
                    "/entries/" + value,
                    "/prizes/" + value + "/results",
                    "/prizes/" + value + "/vote",
                    "/entries?q=" + value,
                    "/entries?page=" + value,
                    "/entries?actionLine=" + value,
                    "/entries?sdg=" + value,
                    "/prizes/" + VotingScene.YEAR + "/vote?category=" + value,
                    "/my/entries/" + value,
                    "/moderation/items/" + value,
                    "/admin/prizes/" + value,
                    "/?lang=" + value)) {
                probes.add(new Probe(abbreviate(page), "GET", page, null, "", false));
            }
        }
        // (Longer addresses than Tomcat reads, 8 KiB, are refused before any header is read: a problem
        // document, since whether a browser asked cannot be known; the API probes cover them.)
        for (int words : List.of(33, 200, 500)) {
            String many = PublicApi.encode(String.join(" ", java.util.Collections.nCopies(words, "health")));
            probes.add(new Probe("search of " + words + " words", "GET", "/entries?q=" + many, null, "", false));
        }
        return probes;
    }

    /**
     * JSON with every character beyond ASCII written as an escape, as a client may: the only way to send
     * half of a surrogate pair, which UTF-8 cannot carry.
     */
    private static String asciiJson(String json) {
        StringBuilder ascii = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            if (c < 0x7F) {
                ascii.append(c);
            } else {
                ascii.append("\\u%04x".formatted((int) c));
            }
        }
        return ascii.toString();
    }

    /**
     * Percent-encoded UTF-8; half of a surrogate pair as the three bytes a careless encoder writes for it
     * (which are not UTF-8).
     */
    private static String urlEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isSurrogate(c)) {
                encoded.append(
                        "%%%02X%%%02X%%%02X".formatted(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                encoded.append(PublicApi.encode(String.valueOf(c)));
            }
        }
        return encoded.toString();
    }

    /** Each C0 control but tab, line feed and carriage return; DEL and C1; overrides; lone surrogates. */
    private static List<String> unsafeCharacters() {
        List<String> unsafe = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                unsafe.add(String.valueOf(c));
            }
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            unsafe.add(String.valueOf(c));
        }
        for (char c : new char[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            unsafe.add(String.valueOf(c));
        }
        unsafe.add("\uD800");
        unsafe.add("\uDBFF");
        unsafe.add("\uDC00");
        unsafe.add("\uDFFF");
        return List.copyOf(unsafe);
    }

    /** A path value that names nothing that exists. */
    private static String baseline(PublicApi.Operation operation, JsonNode parameter) {
        String type = operation.resolve(parameter.path("schema")).path("type").asString();
        return switch (type) {
            case "integer" -> parameter.path("name").asString().equals("year") ? "1999" : "1";
            default -> "no-such-" + parameter.path("name").asString();
        };
    }

    record Bad(String value, boolean mustRefuse) {}

    private static List<Bad> badValues(JsonNode schema) {
        String type = schema.path("type").asString();
        List<Bad> bad = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                for (String v : List.of("abc", "99999999999999999999", "1.5e300", "-1 OR 1=1")) {
                    bad.add(new Bad(v, true));
                }
                bad.add(new Bad("-1", false));
            }
            case "boolean" -> bad.add(new Bad("maybe", true));
            case "array" -> bad.addAll(badValues(schema.path("items")));
            default -> {
                // Free text may legitimately match nothing (200); it must never break anything.
                for (String v : INJECTIONS) {
                    bad.add(new Bad(v, false));
                }
                bad.add(new Bad(LONG, false));
            }
        }
        return bad;
    }

    private static List<JsonNode> wrongTypes(JsonNode schema) {
        var json = PublicApi.JSON;
        ObjectNode operator = json.createObjectNode().put("$gt", "");
        String type = schema.path("type").asString();
        List<JsonNode> wrong = new ArrayList<>();
        switch (type) {
            case "string" -> {
                wrong.add(operator);
                wrong.add(json.createArrayNode().add("x"));
                int max = schema.path("maxLength").asInt(0);
                if (max > 0) {
                    wrong.add(json.getNodeFactory().stringNode("a".repeat(max + 1)));
                }
            }
            case "integer", "number" -> {
                wrong.add(json.getNodeFactory().stringNode("abc"));
                wrong.add(operator);
                wrong.add(json.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999")));
            }
            case "boolean" -> wrong.add(json.getNodeFactory().stringNode("maybe"));
            case "array" -> {
                wrong.add(json.getNodeFactory().stringNode("x"));
                wrong.add(operator);
            }
            default -> {
                wrong.add(json.createArrayNode());
                wrong.add(json.getNodeFactory().stringNode("x"));
            }
        }
        return wrong;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
