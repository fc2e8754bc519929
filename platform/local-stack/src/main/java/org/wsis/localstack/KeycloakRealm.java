package org.wsis.localstack;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code wsis} realm of a running local Keycloak, through its admin API as the bootstrap admin:
 * created from {@code deploy/keycloak/} with its placeholders filled in, plus what only a local machine
 * gets: the demo accounts and {@value #LOCAL_CLIENT}, a client that trades a demo password for a token
 * (handy with curl, never part of the deployed realm). Also the accounts and tokens the tests ask for.
 */
final class KeycloakRealm {

    static final String REALM = "wsis";
    static final String PORTAL_CLIENT = "wsis-portal";
    static final String LOCAL_CLIENT = "wsis-local-cli";

    /** Demo accounts: user name, display name, e-mail, roles (none: a voter). */
    record DemoUser(String username, String firstName, String lastName, String organisation, List<String> roles) {
        String email() {
            return username + "@example.org";
        }

        String password() {
            return username + "-wsis-demo";
        }

        String displayName() {
            return firstName + " " + lastName;
        }
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("amina", "Amina", "Diallo", "Ministry of Digital Economy", List.of("stakeholder")),
            new DemoUser("omar", "Omar", "Haddad", "WSIS Secretariat", List.of("moderator")),
            new DemoUser("lena", "Lena", "Fischer", "WSIS Secretariat", List.of("moderator")),
            new DemoUser("elena", "Elena", "Petrova", "University of Tartu", List.of("expert")),
            new DemoUser("admin", "Platform", "Admin", "WSIS Secretariat", List.of("admin")),
            new DemoUser("paula", "Paula", "Rossi", "WSIS Forum programme", List.of("programme")),
            new DemoUser("nora", "Nora", "Haddad", "WSIS Secretariat", List.of("editor")),
            new DemoUser("victor", "Victor", "Chen", "", List.of()));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private final String url;
    private final String adminPassword;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** The realm of the Keycloak at {@code url}, whose bootstrap admin has {@code adminPassword}. */
    KeycloakRealm(String url, String adminPassword) {
        this.url = url;
        this.adminPassword = adminPassword;
    }

    /**
     * Creates the realm from {@code realmFile} unless it exists; {@code placeholders} fill its {@code
     * ${NAME}} and {@code ${NAME:default}} values, as Keycloak's own import does with environment
     * variables.
     */
    void ensure(Path realmFile, Map<String, String> placeholders) {
        String admin = adminToken();
        if (status(get(url + "/admin/realms/" + REALM).header("Authorization", "Bearer " + admin)) == 200) {
            if (hasPlatformAudience(admin)) {
                addWhatIsMissing(localRealm(realmFile, placeholders), admin);
                return;
            }
            // A realm made by an older version of the platform: its clients' tokens lack the audience the
            // services now require. Local data only: the realm is made again (local accounts are lost).
            System.out.println("The local realm predates the platform's token audience; creating it again.");
            send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + admin)
                    .DELETE());
        }
        ObjectNode realm = localRealm(realmFile, placeholders);
        HttpResponse<String> created = send(post(url + "/admin/realms", realm.toString(), "application/json")
                .header("Authorization", "Bearer " + admin));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Creating the realm failed: " + created.statusCode() + " " + created.body());
        }
    }

    private boolean hasPlatformAudience(String admin) {
        HttpResponse<String> scopes =
                send(get(url + "/admin/realms/" + REALM + "/client-scopes").header("Authorization", "Bearer " + admin));
        return scopes.statusCode() == 200
                && JSON.readTree(scopes.body())
                        .valueStream()
                        .anyMatch(s -> "wsis-api".equals(s.path("name").asString()));
    }

    private ObjectNode localRealm(Path realmFile, Map<String, String> placeholders) {
        String text;
        try {
            text = Files.readString(realmFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(fill(text, placeholders));
        ArrayNode clients = (ArrayNode) realm.get("clients");
        ObjectNode portal = clients.values().stream()
                .filter(c -> PORTAL_CLIENT.equals(c.path("clientId").asString()))
                .map(ObjectNode.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(realmFile + " has no " + PORTAL_CLIENT + " client"));
        ObjectNode cli = clients.addObject();
        cli.put("clientId", LOCAL_CLIENT)
                .put("name", "LOCAL ONLY: demo tokens for curl")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        // The portal's scopes: the platform's audience and the claims the services read.
        cli.set("defaultClientScopes", portal.get("defaultClientScopes"));
        ArrayNode users = realm.putArray("users");
        // Demo accounts date from before the demo, so the voting rules do not see them as brand new.
        long created = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (DemoUser demo : DEMO_USERS) {
            ObjectNode user = users.addObject();
            user.put("username", demo.username())
                    .put("email", demo.email())
                    .put("firstName", demo.firstName())
                    .put("lastName", demo.lastName())
                    .put("enabled", true)
                    .put("emailVerified", true)
                    .put("createdTimestamp", created);
            ObjectNode attributes = user.putObject("attributes");
            attributes.putArray("locale").add("en");
            if (!demo.organisation().isEmpty()) {
                attributes.putArray("organisation").add(demo.organisation());
            }
            ArrayNode roles = user.putArray("realmRoles");
            roles.add("default-roles-wsis");
            demo.roles().forEach(roles::add);
            user.putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", demo.password())
                    .put("temporary", false);
        }
        return realm;
    }

    static String fill(String text, Map<String, String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = placeholders.get(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new IllegalStateException("The realm needs a value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A demo user's access token, through the local-only password client. */
    String demoToken(String username, String password) {
        return token(LOCAL_CLIENT, username, password);
    }

    private String token(String clientId, String username, String password) {
        HttpResponse<String> answer = send(post(
                url + "/realms/" + REALM + "/protocol/openid-connect/token",
                form(Map.of(
                        "grant_type", "password",
                        "client_id", clientId,
                        "username", username,
                        "password", password)),
                "application/x-www-form-urlencoded"));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + answer.body());
        }
        return JSON.readTree(answer.body()).path("access_token").asString();
    }

    /**
     * A realm made by an older version of the platform lacks the roles and demo accounts added since (the
     * {@code programme} and {@code editor} roles, for two): they are added, and what exists is kept as it is.
     */
    private void addWhatIsMissing(ObjectNode realm, String admin) {
        ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
        partial.putObject("roles").set("realm", realm.path("roles").path("realm"));
        partial.set("users", realm.path("users"));
        HttpResponse<String> answer =
                send(post(url + "/admin/realms/" + REALM + "/partialImport", partial.toString(), "application/json")
                        .header("Authorization", "Bearer " + admin));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "Adding the realm's new roles and accounts failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    /**
     * Adds accounts in one request (verified e-mail, created on 2025-01-01 like the demo accounts,
     * password {@code <username>-wsis-demo}, the default roles plus {@code roles}); an account that
     * exists already is kept as it is.
     */
    void addAccounts(List<String> usernames, List<String> roles) {
        ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
        ArrayNode users = partial.putArray("users");
        long created = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (String username : usernames) {
            ObjectNode user = users.addObject()
                    .put("username", username)
                    .put("email", username + "@example.org")
                    .put("firstName", "Account")
                    .put("lastName", username)
                    .put("enabled", true)
                    .put("emailVerified", true)
                    .put("createdTimestamp", created);
            ArrayNode realmRoles = user.putArray("realmRoles").add("default-roles-wsis");
            roles.forEach(realmRoles::add);
            user.putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", username + "-wsis-demo")
                    .put("temporary", false);
        }
        HttpResponse<String> answer =
                send(post(url + "/admin/realms/" + REALM + "/partialImport", partial.toString(), "application/json")
                        .header("Authorization", "Bearer " + adminToken()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Adding accounts failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    /**
     * A token of a demo account that expires {@code lifetime} after it is issued, through a local-only
     * client whose access tokens live that long (created on first use): how an expired token is had
     * without waiting five minutes.
     */
    String shortLivedToken(String username, String password, Duration lifetime) {
        String clientId = LOCAL_CLIENT + "-" + lifetime.toSeconds() + "s";
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", clientId)
                .put("name", "LOCAL ONLY: short-lived tokens")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        client.putObject("attributes").put("access.token.lifespan", String.valueOf(lifetime.toSeconds()));
        platformScopes(client);
        String admin = adminToken();
        HttpResponse<String> made =
                send(post(url + "/admin/realms/" + REALM + "/clients", client.toString(), "application/json")
                        .header("Authorization", "Bearer " + admin));
        if (made.statusCode() != 201 && made.statusCode() != 409) {
            throw new IllegalStateException("Creating " + clientId + " failed: " + made.body());
        }
        return token(clientId, username, password);
    }

    /**
     * Gives a local client the scopes of the platform's own clients: without the audience they add, the
     * services refuse its tokens.
     */
    static void platformScopes(ObjectNode client) {
        ArrayNode scopes = client.putArray("defaultClientScopes");
        List.of("web-origins", "acr", "profile", "roles", "basic", "email", "wsis-claims", "wsis-api")
                .forEach(scopes::add);
    }

    /**
     * A token of a demo account from a client of the realm that is not one of the platform's (made on
     * first use, without the platform's scopes): signed by the realm, but not meant for the services.
     */
    String anotherClientsToken(String username, String password) {
        String clientId = "wsis-local-other-application";
        ObjectNode client = JSON.createObjectNode()
                .put("clientId", clientId)
                .put("name", "LOCAL ONLY: an application that is not part of the platform")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        HttpResponse<String> made =
                send(post(url + "/admin/realms/" + REALM + "/clients", client.toString(), "application/json")
                        .header("Authorization", "Bearer " + adminToken()));
        if (made.statusCode() != 201 && made.statusCode() != 409) {
            throw new IllegalStateException("Creating " + clientId + " failed: " + made.body());
        }
        return token(clientId, username, password);
    }

    private String adminToken() {
        HttpResponse<String> answer = send(post(
                url + "/realms/master/protocol/openid-connect/token",
                form(Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "bootstrap-admin",
                        "password", adminPassword)),
                "application/x-www-form-urlencoded"));
        JsonNode body = JSON.readTree(answer.body());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused its bootstrap admin: " + answer.body());
        }
        return body.path("access_token").asString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
    }

    private static HttpRequest.Builder post(String url, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    int status(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
