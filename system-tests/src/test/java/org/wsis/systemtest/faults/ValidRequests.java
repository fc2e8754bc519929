package org.wsis.systemtest.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wsis.systemtest.PlatformActions;

/**
 * A request every documented write accepts from a caller allowed to make it: each field valid, so that
 * what refuses a caller is who they are, never what they sent. The authorization matrix sends them with
 * path ids that name nothing (the allowed caller gets a 404 or a 409, the others a 401 or a 403); the bad
 * input test spoils them one field at a time.
 */
final class ValidRequests {

    /** An edition year no test plans: writes under it change nothing. */
    static final int NO_SUCH_YEAR = 2098;
    /** The year a valid edition request plans (the one write of the matrix that creates something). */
    static final int PLANNED_YEAR = 2097;

    /**
     * The erasure of the caller's own account. Its request is valid in every field but the confirmation,
     * which is never the caller's address: the allowed caller is refused with 400 on {@code confirmation}
     * alone (the request got past the door and was read), and nothing is ever erased.
     */
    static final String ERASURE = "POST /api/notifications/mine/erasure";

    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        Map<String, String> b = BODIES;
        String entry = """
                {"title":"Digital literacy for rural schools","organisation":"Ministry of Digital Economy",\
                "stakeholderType":"GOVERNMENT","country":"SN","actionLines":["C4","C7"],"sdgs":[4,9],\
                "shortDescription":"Connects rural schools and trains their teachers.","startDate":"2024-09-01"}""";
        b.put("POST /api/entries", entry);
        b.put("PUT /api/entries/{id}", entry);
        b.put("POST /api/moderation/items/{id}/decision", """
                {"decision":"APPROVED","reasonCode":"MEETS_GUIDELINES","message":"Thank you."}""");
        b.put("POST /api/moderation/items/bulk-decision", """
                {"itemIds":["no-such-item"],"decision":"APPROVED","reasonCode":"MEETS_GUIDELINES"}""");
        b.put("POST /api/moderation/items/{id}/appeal", """
                {"message":"The project is ICT for development: please look again."}""");
        b.put("POST /api/moderation/flags", """
                {"entryId":"no-such-entry","reason":"SPAM","text":"Advertising."}""");
        b.put("POST /api/prizes/editions", """
                {"year":%d}""".formatted(PLANNED_YEAR));
        b.put("POST /api/prizes/editions/{year}/phase", """
                {"phase":"SUBMISSION"}""");
        b.put("POST /api/prizes/editions/{year}/nominations", """
                {"entryId":"no-such-entry","category":2}""");
        b.put("PUT /api/prizes/editions/{year}/experts/{expertId}", """
                {"categories":[2,3]}""");
        b.put("POST /api/prizes/editions/{year}/nominations/{id}/scores", """
                {"scores":{"IMPACT":4,"INNOVATION":3,"SUSTAINABILITY":4,"REPLICABILITY":3,"ALIGNMENT":5},\
                "comment":"Sound and replicable."}""");
        b.put("POST /api/prizes/editions/{year}/nominations/{id}/recusal", """
                {"reason":"I advised this project."}""");
        b.put("POST /api/prizes/editions/{year}/votes", """
                {"category":2,"nominationId":"no-such-nomination"}""");
        b.put("POST /api/prizes/editions/{year}/ballot-review/decisions", """
                {"decision":"ACCEPT","voterIds":["no-such-voter"]}""");
        b.put("POST /api/prizes/editions/{year}/categories/{category}/winners", """
                {"nominationIds":["no-such-nomination"]}""");
        String convenor = """
                {"name":"Sahel Connectivity Forum","stakeholderType":"CIVIL_SOCIETY","country":"SN",\
                "description":"We gather villages, operators and county officials.",\
                "contact":{"name":"Awa Diop","email":"awa@example.org"}}""";
        b.put("POST /api/convening/convenors", convenor);
        b.put("PUT /api/convening/convenors/{id}", convenor);
        b.put("POST /api/convening/convenors/{id}/invitations", """
                {"email":"colleague@example.org"}""");
        b.put("POST /api/convening/convenors/{id}/invitations/revoke", """
                {"email":"colleague@example.org"}""");
        String issue = """
                {"year":2027,"title":"Signal for every village","actionLines":["C2"],"sdgs":[9],\
                "description":"Villages of the Sahel still have no mobile signal; we gather operators, \
                local governments and community networks to share towers and bring affordable access."}""";
        b.put("POST /api/convening/convenors/{convenorId}/issues", issue);
        b.put("PUT /api/convening/issues/{id}", issue);
        String event = """
                {"title":"Consultation on community networks","type":"CONSULTATION","organiser":"Sahel Connect",\
                "description":"An open consultation on the spectrum community networks need.",\
                "startsAt":"2027-05-12T09:00:00","endsAt":"2027-05-12T17:00:00","timeZone":"Europe/Zurich",\
                "place":"CICG, Geneva","country":"CH","language":"fr","actionLines":["C2"],"sdgs":[9]}""";
        b.put("POST /api/convening/events", event);
        b.put("PUT /api/convening/events/{id}", event);
        b.put("POST /api/convening/contacts", """
                {"fromConvenorId":"no-such-id","issueId":"no-such-id","message":"Shall we compare notes?"}""");
        String venue = """
                {"name":"WSIS Forum 2097, Geneva","year":2097,"timeZone":"Europe/Zurich","days":["2097-05-11"],\
                "slots":[{"start":"09:00","end":"10:30"}],\
                "rooms":[{"id":"hall","name":"Hall A","capacity":200,"booths":2,"streaming":true,"stepFree":true}]}""";
        b.put("POST /api/convening/venues", venue);
        b.put("PUT /api/convening/venues/{id}", venue);
        b.put("PUT /api/convening/venues/{id}/rooms/{roomId}/closed", """
                {"closed":[{"day":"2097-05-11","slot":1}]}""");
        String workshop = """
                {"venueId":"no-such-id","convenorId":"no-such-id","title":"Community networks beyond the last mile",\
                "description":"Convenors of similar issues agree on the key challenges.","theme":"Community networks",\
                "invite":["no-such-id"],"attendance":40,"length":1,"days":["2097-05-11"]}""";
        b.put("POST /api/convening/workshops", workshop);
        b.put("PUT /api/convening/workshops/{id}", workshop);
        b.put("POST /api/convening/workshops/{id}/invitations", """
                {"convenorIds":["no-such-id"]}""");
        b.put("POST /api/convening/workshops/{id}/merge", """
                {"from":"no-such-id"}""");
        b.put("POST /api/convening/venues/{venueId}/programme/solve", """
                {"seconds":1}""");
        b.put("PUT /api/convening/venues/{venueId}/programme/workshops/{workshopId}", """
                {"roomId":"hall","day":"2097-05-11","slot":1,"pinned":true}""");
        b.put("PUT /api/convening/workshops/{id}/outcome", """
                {"challenges":[{"statement":"Spectrum licences shut community networks out.","actionLines":["C2"]}],\
                "agreedBy":["no-such-id"],\
                "followUps":[{"mechanism":"A working group on spectrum","lead":"Sahel Connect","by":"2097-12-31"}]}""");
        b.put("POST /api/community/forum/threads", """
                {"categoryId":"c2","title":"Licence-exempt spectrum","body":"Who uses **5 GHz** for villages?",\
                "about":{"kind":"ENTRY","id":"no-such-id"}}""");
        b.put("POST /api/community/forum/threads/{id}/posts", """
                {"body":"We do, in two districts."}""");
        b.put("PUT /api/community/forum/posts/{id}", """
                {"body":"We do, in three districts."}""");
        b.put("POST /api/community/forum/threads/{id}/move", """
                {"categoryId":"c2"}""");
        String news = """
                {"en":{"title":"The WSIS Prizes vote is open","summary":"Anyone can vote until 15 April.",\
                "body":"Vote for the projects you **admire**."},\
                "fr":{"title":"Le vote des Prix du SMSI est ouvert","summary":"Chacun peut voter jusqu'au 15 avril.",\
                "body":"Votez pour les projets que vous *admirez*."}}""";
        b.put("PUT /api/entries/reports/{year}/stories", """
                {"entryIds":[]}""");
        String document = """
                {"title":"Community networks in the Andes","description":"What twelve villages learnt from sharing a backbone.",\
                "kind":"CASE_STUDY","about":{"kind":"ENTRY","id":"no-such-id"}}""";
        b.put("POST /api/community/documents", document);
        b.put("PUT /api/community/documents/{id}", document);
        b.put("POST /api/community/news", news);
        b.put("PUT /api/community/news/{id}", news);
        b.put("PUT /api/notifications/preferences", """
                {"digestHour":8,"digestDay":"MONDAY","timeZone":"Europe/Zurich"}""");
        // Confirmed with an address that is nobody's: no test ever erases the account it calls with.
        b.put(ERASURE, """
                {"entries":"WITHDRAW","confirmation":"nobody@example.invalid"}""");
        b.put("POST /api/notifications/broadcasts", """
                {"segment":"EDITION_VOTERS","edition":%d,\
                "texts":{"en":{"subject":"The vote is open","body":"Vote for the projects you admire."}}}""".formatted(NO_SUCH_YEAR));
    }

    /** The year whose Stocktaking Report the checks may generate: long past, no activity published in it. */
    static final int REPORT_YEAR = 2004;

    private ValidRequests() {}

    /** The valid body of a documented operation, or null when it takes none. */
    static @Nullable String body(PublicApi.Operation operation) {
        String body = BODIES.get(operation.key());
        if (body == null && operation.body() != null) {
            throw new IllegalStateException(operation.key() + " takes a body: add a valid one to ValidRequests");
        }
        return body;
    }

    /**
     * Path values that name nothing: a year no edition has, ids no record has, a real category and language;
     * the expert to assign is a real expert's account, so the only thing wrong is the edition.
     */
    static Map<String, String> pathValues(FaultyPlatform platform) {
        return Map.of(
                "year",
                String.valueOf(NO_SUCH_YEAR),
                "category",
                "2",
                "id",
                "no-such-id",
                "convenorId",
                "no-such-id",
                "key",
                "event-no-such-id",
                "venueId",
                "no-such-id",
                "workshopId",
                "no-such-id",
                "roomId",
                "no-such-room",
                "language",
                "fr",
                "expertId",
                PlatformActions.claims(platform.token("elena")).path("sub").asString());
    }

    /** The path and query string of an operation: the unsubscribe link is a real one from a mail. */
    static String pathAndQuery(PublicApi.Operation operation, FaultyPlatform platform) {
        String path = PublicApi.fill(operation.path(), pathValues(platform), Map.of());
        if (operation.key().equals("GET /api/convening/contacts")) {
            return path + "?convenorId=no-such-id";
        }
        if (operation.path().startsWith("/api/entries/reports/")) {
            // A year a report may be of (one of the past, which nothing else writes in); a year to come is
            // refused as such, whoever asks.
            return operation.path().replace("{year}", String.valueOf(REPORT_YEAR));
        }
        if (operation.key().equals("GET /api/community/documents/logo")) {
            return path + "?entry=no-such-id";
        }
        if (operation.key().equals("PUT /api/community/documents/{id}/file")) {
            return path + "?name=andes.pdf";
        }
        if (operation.key().equals("GET /api/convening/outcomes")) {
            return path + "?theme=Community%20networks";
        }
        return operation.path().equals("/api/notifications/unsubscribe")
                ? path + "?" + platform.anUnsubscribeQuery()
                : path;
    }
}
