package org.wsis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the dashboards' queries, checked by Prometheus's own {@code promtool} (Debian's
 * {@code prometheus} package): rules linted as they are, every dashboard query compiled as a recording
 * rule. Without promtool the test fails and says how to install it.
 */
class ObservabilityFilesTest {

    static final Path PROMTOOL = Path.of(System.getProperty("wsis.promtool", "/usr/bin/promtool"));

    @Test
    void theAlertRulesPassPromtool() throws Exception {
        Path rules = Repository.deploy().resolve("observability/alerts.yml");
        assertThat(promtool("check", "rules", rules.toString())).contains("SUCCESS");
    }

    @Test
    void everyDashboardQueryIsValidPromQl() throws Exception {
        List<String> rules = new ArrayList<>();
        try (var dashboards = Files.list(Repository.deploy().resolve("observability/dashboards"))) {
            for (Path dashboard :
                    dashboards.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode json = new ObjectMapper().readTree(dashboard.toFile());
                assertThat(json.path("uid").asText())
                        .as("%s has a stable uid", dashboard)
                        .isNotBlank();
                for (JsonNode panel : json.path("panels")) {
                    assertThat(panel.path("targets"))
                            .as("panel %s has queries", panel.path("title"))
                            .isNotEmpty();
                    for (JsonNode target : panel.path("targets")) {
                        rules.add("      - record: dashboard:"
                                + dashboard.getFileName().toString().replaceAll("\\W", "_")
                                + "_" + panel.path("id").asInt() + "_"
                                + target.path("refId").asText() + "\n"
                                + "        expr: "
                                + new ObjectMapper()
                                        .writeValueAsString(target.path("expr").asText()));
                    }
                }
            }
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
        Path file = Files.createTempFile("dashboard-queries", ".yml");
        Files.writeString(file, "groups:\n  - name: dashboards\n    rules:\n" + String.join("\n", rules) + "\n");
        assertThat(promtool("check", "rules", file.toString())).contains("SUCCESS");
    }

    private static String promtool(String... args) throws IOException, InterruptedException {
        assertThat(PROMTOOL)
                .as("promtool from Debian's prometheus package: apt-get install -y prometheus (.ci/run installs it)")
                .isExecutable();
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("promtool %s:%n%s", String.join(" ", args), output)
                .isZero();
        return output;
    }
}
