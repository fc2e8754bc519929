package org.wsis.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.wsis.portal.PortalProperties;

class ApiRoutesTest {

    private final ApiRoutes routes = new ApiRoutes(new PortalProperties(new PortalProperties.Services(
            URI.create("http://submission:8081"),
            URI.create("http://moderation:8082"),
            URI.create("http://prize:8083"),
            URI.create("http://notification:8084"),
            URI.create("http://convening:8085"),
            URI.create("http://community:8086"))));

    @Test
    void eachApiPathGoesToTheServiceThatOwnsIt() {
        assertThat(routes.serviceFor("/api/entries")).contains(URI.create("http://submission:8081"));
        assertThat(routes.serviceFor("/api/entries/abc/submit")).contains(URI.create("http://submission:8081"));
        assertThat(routes.serviceFor("/api/reference")).contains(URI.create("http://submission:8081"));
        assertThat(routes.serviceFor("/api/moderation/items")).contains(URI.create("http://moderation:8082"));
        assertThat(routes.serviceFor("/api/prizes/editions/2027/votes")).contains(URI.create("http://prize:8083"));
        assertThat(routes.serviceFor("/api/notifications/unsubscribe"))
                .contains(URI.create("http://notification:8084"));
        assertThat(routes.serviceFor("/api/convening/issues/abc/similar"))
                .contains(URI.create("http://convening:8085"));
        assertThat(routes.serviceFor("/api/community/forum/threads")).contains(URI.create("http://community:8086"));
    }

    @Test
    void pathsOutsideTheApiOrWithTricksGoNowhere() {
        assertThat(routes.serviceFor("/api/entriesx")).isEmpty();
        assertThat(routes.serviceFor("/actuator/env")).isEmpty();
        assertThat(routes.serviceFor("/api/entries/../../actuator/env")).isEmpty();
        assertThat(routes.serviceFor("/api/entries//x")).isEmpty();
    }

    @Test
    void aServicesAbsoluteLocationBecomesAPathOnThePortal() {
        assertThat(ApiGateway.relative("http://submission:8081/api/entries/42")).isEqualTo("/api/entries/42");
        assertThat(ApiGateway.relative("http://prize:8083/api/prizes/editions/2027?x=1"))
                .isEqualTo("/api/prizes/editions/2027?x=1");
        assertThat(ApiGateway.relative("/api/entries/42")).isEqualTo("/api/entries/42");
    }
}
