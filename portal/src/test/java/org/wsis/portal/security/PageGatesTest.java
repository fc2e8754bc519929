package org.wsis.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every page and form the portal maps is under a gate that names who may open it. */
class PageGatesTest {

    @Test
    void everyMappedPathIsUnderAGate() throws Exception {
        List<String> mapped = mappedPaths();
        assertThat(mapped).as("the portal's mapped paths").hasSizeGreaterThan(30);
        List<String> ungated = new ArrayList<>();
        for (String path : mapped) {
            String example = path.replaceAll("\\{[^}]+}", "x").replace("**", "x");
            if (gateOf(example).isEmpty()) {
                ungated.add(path);
            }
        }
        assertThat(ungated).as("paths no gate names").isEmpty();
    }

    @Test
    void rolePagesNeedTheirRoleAndOwnPagesASession() {
        assertThat(gateOf("/admin")).contains(PageGates.Access.ADMIN);
        assertThat(gateOf("/admin/prizes/2026/ballots")).contains(PageGates.Access.ADMIN);
        assertThat(gateOf("/moderation")).contains(PageGates.Access.QUEUE);
        assertThat(gateOf("/moderation/items/x/decision")).contains(PageGates.Access.QUEUE);
        assertThat(gateOf("/programme/v1/board")).contains(PageGates.Access.PROGRAMME);
        assertThat(gateOf("/programme/v1")).contains(PageGates.Access.ANYONE);
        assertThat(gateOf("/review")).contains(PageGates.Access.EXPERT);
        assertThat(gateOf("/review/2026/nominations/x/scores")).contains(PageGates.Access.EXPERT);
        assertThat(gateOf("/prizes/2026/vote")).contains(PageGates.Access.SIGNED_IN);
        assertThat(gateOf("/my/entries/x/withdraw")).contains(PageGates.Access.SIGNED_IN);
        assertThat(gateOf("/prizes/2026/results")).contains(PageGates.Access.ANYONE);
        assertThat(gateOf("/privacy")).contains(PageGates.Access.ANYONE);
        assertThat(gateOf("/account/privacy/export")).contains(PageGates.Access.SIGNED_IN);
        assertThat(gateOf("/account/privacy/erase")).contains(PageGates.Access.SIGNED_IN);
        assertThat(gateOf("/no-such-page")).isEmpty();
    }

    private static Optional<PageGates.Access> gateOf(String path) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        return PageGates.GATES.stream()
                .filter(gate -> parser.parse(gate.pattern()).matches(PathContainer.parsePath(path)))
                .map(PageGates.Gate::access)
                .findFirst();
    }

    /** The paths of every handler method of the portal's controllers. */
    private static List<String> mappedPaths() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        TreeSet<String> paths = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.wsis.portal")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            List<String> prefixes = onType == null || onType.path().length == 0 ? List.of("") : List.of(onType.path());
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (onMethod == null) {
                    continue;
                }
                List<String> suffixes = onMethod.path().length == 0 ? List.of("") : List.of(onMethod.path());
                for (String prefix : prefixes) {
                    for (String suffix : suffixes) {
                        // The error page's path is a setting, /error unless changed.
                        String path = (prefix + suffix).replace("${server.error.path:${error.path:/error}}", "/error");
                        paths.add(path.isEmpty() ? "/" : path);
                    }
                }
            }
        }
        return List.copyOf(paths);
    }
}
