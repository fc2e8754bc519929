package org.wsis.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The running local stack as the harness reaches it: the portal (the public origin), Keycloak for
 * accounts and sign-ins, the local mail inbox. Setting the scene happens here, through the same public
 * API, before the measured part of a scenario starts.
 */
final class Platform {

    static final ObjectMapper JSON = new ObjectMapper();

    final String portal = System.getProperty("wsis.portal", "http://localhost:8080");
    final String keycloak = System.getProperty("wsis.keycloak", "http://localhost:8090");
    final String inbox = System.getProperty("wsis.inbox", "http://localhost:8025");
    final String kafka = System.getProperty("wsis.kafka", "127.0.0.1:9092");
    private final Path data = Path.of(System.getProperty("wsis.data", ".data"));

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LOAD_CLIENT = "wsis-load-cli";

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private boolean loadClientReady;

    /** A JSON answer: status and body. */
    record Answer(int status, JsonNode body) {}

    // Accounts and sign-ins.

    /** Adds accounts (password {@code <name>-wsis-demo}) with these roles besides the default ones. */
    void addAccounts(List<String> names, List<String> roles) {
        // Keycloak hashes each new password (about 0.1 s of CPU here): 100 accounts a request stay well
        // within the request's time limit.
        for (int from = 0; from < names.size(); from += 100) {
            ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
            ArrayNode users = partial.putArray("users");
            for (String name : names.subList(from, Math.min(names.size(), from + 100))) {
                ObjectNode user = users.addObject()
                        .put("username", name)
                        .put("email", name + "@example.org")
                        .put("firstName", "Load")
                        .put("lastName", name)
                        .put("enabled", true)
                        .put("emailVerified", true)
                        .put(
                                "createdTimestamp",
                                Instant.parse("2025-01-01T00:00:00Z").toEpochMilli());
                ArrayNode realmRoles = user.putArray("realmRoles").add("default-roles-wsis");
                roles.forEach(realmRoles::add);
                user.putArray("credentials")
                        .addObject()
                        .put("type", "password")
                        .put("value", name + "-wsis-demo")
                        .put("temporary", false);
            }
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/wsis/partialImport"))
                            .header("Authorization", "Bearer " + adminToken())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(partial.toString())));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Adding accounts failed: " + answer.body());
            }
        }
    }

    /**
     * An account's access token, signed in once through a local-only client whose tokens live 3 hours
     * (made on first use): no sign-in, and none of its password hashing, happens while a scenario is
     * measured once its people have signed in.
     */
    String token(String user) {
        return tokens.computeIfAbsent(user, this::signIn);
    }

    private String signIn(String user) {
        ensureLoadClient();
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/wsis/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                LOAD_CLIENT,
                                "username",
                                user,
                                "password",
                                user + "-wsis-demo")))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + answer.body());
        }
        return read(answer.body()).path("access_token").asText();
    }

    private synchronized void ensureLoadClient() {
        if (loadClientReady) {
            return;
        }
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", LOAD_CLIENT)
                .put("name", "LOCAL ONLY: load harness, tokens for 3 hours")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        client.putObject("attributes").put("access.token.lifespan", "10800");
        // The portal's scopes: the platform's audience (without it the services refuse the tokens) and the
        // claims the services read, such as the account's creation time.
        ArrayNode scopes = client.putArray("defaultClientScopes");
        List.of("web-origins", "acr", "profile", "roles", "basic", "email", "wsis-claims", "wsis-api")
                .forEach(scopes::add);
        HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/wsis/clients"))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString())));
        if (made.statusCode() != 201 && made.statusCode() != 409) {
            throw new IllegalStateException("Creating the load client failed: " + made.body());
        }
        loadClientReady = true;
    }

    private String adminToken() {
        String password;
        try {
            password = Files.readString(data.resolve("keycloak/bootstrap-admin-password"))
                    .trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's admin password is read from the stack's data directory", e);
        }
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "bootstrap-admin",
                                "password", password)))));
        return read(answer.body()).path("access_token").asText();
    }

    // The public API, through the portal.

    Answer get(String path, String user) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(portal + path)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        HttpResponse<String> answer = send(request);
        return new Answer(answer.statusCode(), read(answer.body()));
    }

    Answer post(String path, String user, Object body) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(portal + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : write(body))));
        return new Answer(answer.statusCode(), read(answer.body()));
    }

    /** Every mail in the local inbox: recipient, subject. */
    List<Map<String, String>> mails() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(inbox + "/api/messages")));
        List<Map<String, String>> mails = new ArrayList<>();
        for (JsonNode mail : read(answer.body())) {
            mails.add(Map.of(
                    "to",
                    mail.path("to").asText(),
                    "subject",
                    mail.path("subject").asText()));
        }
        return mails;
    }

    // Setting the scene.

    /** A new entry of {@code owner}'s under one action line, submitted; its id. */
    String submittedEntry(String owner, String title, String organisation, String actionLine) {
        Answer created = post("/api/entries", owner, entry(title, organisation, actionLine));
        require(created.status() == 201, "create entry", created);
        String id = created.body().path("id").asText();
        Answer submitted = post("/api/entries/" + id + "/submit", owner, null);
        require(submitted.status() == 200, "submit entry", submitted);
        return id;
    }

    static Map<String, Object> entry(String title, String organisation, String actionLine) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", title);
        entry.put("organisation", organisation);
        entry.put("stakeholderType", "CIVIL_SOCIETY");
        entry.put("country", "KE");
        entry.put("actionLines", List.of(actionLine));
        entry.put("sdgs", List.of(4, 9));
        entry.put("shortDescription", "Community networks bring affordable broadband to rural schools.");
        entry.put("startDate", "2024-09-01");
        return entry;
    }

    /** A moderator approves the queue item once it has arrived. */
    void approve(String moderator, String item) {
        await(
                "queue item " + item,
                () -> get("/api/moderation/items/" + item, moderator).status() == 200);
        Answer claimed = post("/api/moderation/items/" + item + "/claim", moderator, null);
        require(claimed.status() == 200, "claim", claimed);
        Answer decided = post(
                "/api/moderation/items/" + item + "/decision",
                moderator,
                Map.of("decision", "APPROVED", "reasonCode", "MEETS_GUIDELINES"));
        require(decided.status() == 200, "decide", decided);
    }

    /** An edition in its public vote with {@code perCategory} nominees in each of the 18 categories. */
    Voting votingEdition(int perCategory) {
        int year = 2043;
        List<Integer> taken = new ArrayList<>();
        get("/api/prizes/editions", null)
                .body()
                .forEach(e -> taken.add(e.path("year").asInt()));
        while (taken.contains(year)) {
            year++;
        }
        addAccounts(List.of("load-admin"), List.of("admin", "moderator"));
        require(post("/api/prizes/editions", "load-admin", Map.of("year", year)).status() == 201, "edition", null);
        phase(year, "SUBMISSION");
        String[] actionLines = {
            "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C7", "C7", "C7", "C7", "C7", "C7", "C7", "C8", "C9", "C10", "C11"
        };
        List<String> owners = new ArrayList<>();
        for (int n = 0; n < perCategory; n++) {
            owners.add("load-owner-" + year + "-" + n);
        }
        addAccounts(owners, List.of());
        Map<String, Integer> categoryOfEntry = new LinkedHashMap<>();
        Map<String, String> ownerOfEntry = new LinkedHashMap<>();
        for (int category = 1; category <= 18; category++) {
            for (int n = 0; n < perCategory; n++) {
                String entry = submittedEntry(
                        owners.get(n),
                        "Nominee " + n + " in category " + category + " of " + year,
                        "Organisation " + n,
                        actionLines[category - 1]);
                approve("load-admin", "entry:" + entry + ":1");
                categoryOfEntry.put(entry, category);
                ownerOfEntry.put(entry, owners.get(n));
            }
        }
        for (var each : categoryOfEntry.entrySet()) {
            Answer nominated = post(
                    "/api/prizes/editions/" + year + "/nominations",
                    ownerOfEntry.get(each.getKey()),
                    Map.of("entryId", each.getKey(), "category", each.getValue()));
            require(nominated.status() == 201, "nominate " + each.getKey(), nominated);
        }
        Map<Integer, List<String>> nominees = new LinkedHashMap<>();
        for (String owner : owners) {
            for (JsonNode nomination : get("/api/prizes/editions/" + year + "/nominations/mine", owner)
                    .body()) {
                String id = nomination.path("id").asText();
                approve("load-admin", "nomination:" + id + ":1");
                nominees.computeIfAbsent(nomination.path("category").asInt(), c -> new ArrayList<>())
                        .add(id);
            }
        }
        int edition = year;
        await("nominations screened", () -> owners.stream().allMatch(owner -> {
            JsonNode mine = get("/api/prizes/editions/" + edition + "/nominations/mine", owner)
                    .body();
            for (JsonNode n : mine) {
                if (!"ELIGIBLE".equals(n.path("status").asText())) {
                    return false;
                }
            }
            return true;
        }));
        phase(year, "EXPERT_REVIEW");
        nominees.values().stream()
                .flatMap(List::stream)
                .forEach(id -> require(
                        post(
                                                "/api/prizes/editions/" + edition + "/nominations/" + id + "/shortlist",
                                                "load-admin",
                                                null)
                                        .status()
                                == 200,
                        "shortlist " + id,
                        null));
        phase(year, "VOTING");
        return new Voting(year, nominees);
    }

    record Voting(int year, Map<Integer, List<String>> nominees) {}

    private void phase(int year, String phase) {
        Answer moved = post("/api/prizes/editions/" + year + "/phase", "load-admin", Map.of("phase", phase));
        require(moved.status() == 200, "phase " + phase, moved);
    }

    /** Per nominee, every ballot the tallies counted (valid, flagged for review, voided). */
    Map<String, Long> counted(int year) {
        Map<String, Long> counted = new LinkedHashMap<>();
        for (JsonNode category :
                get("/api/prizes/editions/" + year + "/standings", "load-admin").body()) {
            for (JsonNode nominee : category.path("nominees")) {
                long all = nominee.path("votes").asLong()
                        + nominee.path("flagged").asLong()
                        + nominee.path("voided").asLong();
                if (all > 0) {
                    counted.put(nominee.path("nominationId").asText(), all);
                }
            }
        }
        return counted;
    }

    // Plumbing.

    /** Waits until {@code done}, for 2 minutes at most. */
    static void await(String what, BooleanSupplier done) {
        if (!awaitUpTo(Duration.ofMinutes(2), done)) {
            throw new IllegalStateException("Gave up waiting for " + what);
        }
    }

    /** Waits until {@code done}, for {@code atMost} at most: whether it came to be. */
    static boolean awaitUpTo(Duration atMost, BooleanSupplier done) {
        try {
            Awaitility.await()
                    .atMost(atMost)
                    .pollInterval(Duration.ofMillis(250))
                    .until(done::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /**
     * What {@code read} gives once it has stayed the same for {@code window}, so that a late duplicate (a
     * vote counted twice, a mail sent twice) has had the time to show; if it keeps changing, what it gave
     * last, a minute after the window.
     */
    static <T> T settled(Duration window, Supplier<T> read) {
        AtomicReference<T> last = new AtomicReference<>(read.get());
        try {
            Awaitility.await()
                    .during(window)
                    .atMost(window.plus(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        T now = read.get();
                        return now.equals(last.getAndSet(now));
                    });
        } catch (ConditionTimeoutException stillChanging) {
            // The caller compares what it got with what it expected and says so.
        }
        return last.get();
    }

    private static void require(boolean ok, String what, Answer answer) {
        if (!ok) {
            throw new IllegalStateException(what + " failed" + (answer == null ? "" : ": " + answer));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String text) {
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
