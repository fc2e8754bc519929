package org.wsis.convening.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wsis.convening.calendar.domain.CalendarEvent;
import org.wsis.convening.calendar.mongo.EventStore;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.issue.mongo.IssueStore;
import org.wsis.convening.programme.mongo.ProgrammeStore;
import org.wsis.convening.venue.mongo.VenueStore;
import org.wsis.convening.workshop.mongo.WorkshopStore;

/**
 * Loads the demonstration convenors and issues ({@code demo/issues.jsonl}: four on each of twelve
 * themes, in English, French and Spanish, a few with planned events) when {@code wsis.demo.convening} is on
 * and the database holds no convenor at all (a first start), and the calendar's demonstration events
 * ({@code demo/events.jsonl}) when it holds no event, and a venue with its published programme
 * ({@code demo/programme.json}) when there is no venue, before the directory and calendar are built. The
 * local stack turns it on.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ConvenorStore convenors;
    private final IssueStore issues;
    private final EventStore events;
    private final VenueStore venues;
    private final WorkshopStore workshops;
    private final ProgrammeStore programmes;
    private final Clock clock;
    private final boolean enabled;
    private boolean running;

    DemoDataLoader(
            ConvenorStore convenors,
            IssueStore issues,
            EventStore events,
            VenueStore venues,
            WorkshopStore workshops,
            ProgrammeStore programmes,
            Clock clock,
            DemoSettings settings) {
        this.convenors = convenors;
        this.issues = issues;
        this.events = events;
        this.venues = venues;
        this.workshops = workshops;
        this.programmes = programmes;
        this.clock = clock;
        this.enabled = settings.convening();
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            return;
        }
        if (convenors.count() == 0) {
            List<ConveningDemo.Item> items = read("issues.jsonl", ConveningDemo::read);
            convenors.insertImported(
                    items.stream().map(ConveningDemo.Item::convenor).toList());
            issues.insertImported(items.stream().map(ConveningDemo.Item::issue).toList());
            log.info("Loaded {} demonstration convenors and their issues into an empty database", items.size());
        }
        if (venues.all().isEmpty()) {
            DemoProgramme demo;
            try (InputStream in = DemoDataLoader.class.getResourceAsStream("programme.json")) {
                if (in == null) {
                    throw new IllegalStateException("demo/programme.json is missing from the classpath");
                }
                demo = DemoProgramme.read(
                        new InputStreamReader(in, StandardCharsets.UTF_8),
                        read("issues.jsonl", ConveningDemo::read),
                        clock.instant());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            venues.save(demo.venue());
            demo.workshops().forEach(workshops::save);
            programmes.save(demo.programme());
            log.info(
                    "Loaded a demonstration venue with {} workshops in its published programme",
                    demo.workshops().size());
        }
        if (events.count() == 0) {
            List<CalendarEvent> listed = read("events.jsonl", ConveningDemo::events);
            events.insertImported(listed);
            log.info("Loaded {} demonstration events into an empty calendar", listed.size());
        }
    }

    private <T> List<T> read(String resource, BiFunction<Reader, Instant, List<T>> reader) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + resource + " is missing from the classpath");
            }
            return reader.apply(new InputStreamReader(in, StandardCharsets.UTF_8), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
