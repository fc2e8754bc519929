package org.wsis.convening.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

/** What a newcomer sees in the directory on a first start of the local stack. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"wsis.demo.convening=true", "spring.mongodb.database=convening-demo"})
class DemoDataTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void anEmptyDatabaseStartsWithPublicConvenorsTheirIssuesAndThemes() {
        ApiClient api = ApiClient.onPort(port);

        JsonNode issues = api.get("/api/convening/issues?size=100", null).body();
        assertThat(issues.path("total").asInt()).isEqualTo(48);
        assertThat(issues.path("facets").path("year").path("2027").asInt()).isEqualTo(48);
        assertThat(api.get("/api/convening/convenors", null)
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(48);
        String first = issues.path("items").get(0).path("id").asString();
        assertThat(api.get("/api/convening/issues/" + first + "/similar", null)
                        .body()
                        .size())
                .isPositive();
        assertThat(api.get("/api/convening/themes?year=2027", null).body().size())
                .isGreaterThanOrEqualTo(6);
        assertThat(api.get("/api/convening/themes", null).body())
                .as("without a year, the latest year with a public issue")
                .isEqualTo(api.get("/api/convening/themes?year=2027", null).body());
        assertThat(issues.path("facets").path("country").size()).isGreaterThan(20);

        JsonNode calendar = api.get("/api/convening/calendar?from=2027-01-01&to=2027-12-31&size=200", null)
                .body();
        assertThat(calendar.path("total").asInt())
                .as("16 listed events and 6 planned about issues")
                .isEqualTo(22);
        assertThat(calendar.path("entries").findValuesAsString("source")).contains("EVENT", "ISSUE");
        assertThat(calendar.path("entries").findValuesAsString("language"))
                .contains("en", "fr", "es", "ar", "zh", "ru");
        assertThat(api.getText("/api/convening/calendar.ics?from=2027-01-01", null)
                        .body())
                .contains("BEGIN:VEVENT");
    }

    @Test
    void anEmptyDatabaseStartsWithAVenueWhoseProgrammeIsPublishedAndMeetsEveryHardRule() {
        ApiClient api = ApiClient.onPort(port);
        String admin = org.wsis.testkit.PlatformInfrastructure.shared()
                .token("prog-pia", "pia@example.org", "Pia", "stakeholder", "programme");

        JsonNode published = api.get("/api/convening/venues/demo-wsis-forum-2027/programme/published", null)
                .body();
        assertThat(published.path("workshops").size()).isEqualTo(12);
        assertThat(published.path("themes").size()).isEqualTo(12);
        JsonNode draft = api.get("/api/convening/venues/demo-wsis-forum-2027/programme", admin)
                .body();
        assertThat(draft.path("feasible").asBoolean())
                .as(draft.path("breaches").toString())
                .isTrue();
        assertThat(draft.path("changesToPublish").asInt()).isZero();
        assertThat(api.get("/api/convening/venues/demo-wsis-forum-2027/uncovered-themes", admin)
                        .body()
                        .size())
                .as("every demonstration theme has its workshop")
                .isZero();
        assertThat(api.getText("/api/convening/venues/demo-wsis-forum-2027/programme.ics", null)
                        .body())
                .contains("UID:workshop-demo-workshop-telemedicine@calendar.wsis.itu");
    }
}
