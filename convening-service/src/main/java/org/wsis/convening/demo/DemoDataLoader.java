package org.wsis.convening.demo;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.issue.mongo.IssueStore;

/**
 * Loads the demonstration convenors and issues ({@code demo/issues.jsonl}: four on each of twelve
 * themes, in English, French and Spanish) when {@code wsis.demo.convening} is on and the database holds no
 * convenor at all (a first start), before the directory is built. The local stack turns it on.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ConvenorStore convenors;
    private final IssueStore issues;
    private final Clock clock;
    private final boolean enabled;
    private boolean running;

    DemoDataLoader(ConvenorStore convenors, IssueStore issues, Clock clock, DemoSettings settings) {
        this.convenors = convenors;
        this.issues = issues;
        this.clock = clock;
        this.enabled = settings.convening();
    }

    @Override
    public void start() {
        running = true;
        if (!enabled || convenors.count() > 0) {
            return;
        }
        List<ConveningDemo.Item> items;
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("issues.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("demo/issues.jsonl is missing from the classpath");
            }
            items = ConveningDemo.read(new InputStreamReader(in, StandardCharsets.UTF_8), clock.instant());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        convenors.insertImported(
                items.stream().map(ConveningDemo.Item::convenor).toList());
        issues.insertImported(items.stream().map(ConveningDemo.Item::issue).toList());
        log.info("Loaded {} demonstration convenors and their issues into an empty database", items.size());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the directory is built from the database. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 500;
    }
}
