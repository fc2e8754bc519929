package org.wsis.convening.directory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wsis.convening.calendar.Calendar;
import org.wsis.convening.calendar.CalendarEntries;
import org.wsis.convening.calendar.EventSaved;
import org.wsis.convening.calendar.mongo.EventStore;
import org.wsis.convening.convenor.ConvenorSaved;
import org.wsis.convening.convenor.domain.Convenor;
import org.wsis.convening.convenor.mongo.ConvenorStore;
import org.wsis.convening.issue.IssueSaved;
import org.wsis.convening.issue.domain.Issue;
import org.wsis.convening.issue.mongo.IssueStore;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Keeps the directory index and the calendar equal to the database, as the stocktaking search does (ADR
 * 0004): a rebuild
 * at start before the service takes traffic, a write of this replica indexed before its answer leaves, and
 * a poll for convenors and issues changed since the last one seen, less a margin, for the writes of other
 * replicas. A convenor's change re-indexes its issues (whether they are public depends on it), an issue's
 * change re-indexes its convenor (whose card counts its public issues); an issue's planned events and the
 * listed events are the calendar's entries while they are public. Indexing reads the current
 * documents, so doing it twice or late changes nothing.
 */
@Component
public class DirectoryIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndexer.class);

    private final ConvenorStore convenors;
    private final IssueStore issues;
    private final EventStore events;
    private final DirectoryIndex index;
    private final Calendar calendar;
    private final SimilarIssueAnnouncements announcements;
    private final Clock clock;
    private Instant startedAt = Instant.MAX;
    private final Duration margin;
    private final Object lock = new Object();
    private Instant watermark = Instant.EPOCH;
    private final BackgroundLoop poller;

    public DirectoryIndexer(
            ConvenorStore convenors,
            IssueStore issues,
            EventStore events,
            DirectoryIndex index,
            Calendar calendar,
            SimilarIssueAnnouncements announcements,
            Clock clock,
            MeterRegistry meters,
            DirectorySettings settings) {
        this.convenors = convenors;
        this.issues = issues;
        this.events = events;
        this.index = index;
        this.calendar = calendar;
        this.announcements = announcements;
        this.clock = clock;
        this.margin = settings.margin();
        this.poller = new BackgroundLoop(
                "directory-indexer",
                () -> {
                    catchUp();
                    return false;
                },
                settings.pollInterval());
        Gauge.builder("wsis.convening.directory.issues", index, DirectoryIndex::publicIssues)
                .description("Public issues in this replica's directory index")
                .register(meters);
        Gauge.builder("wsis.convening.directory.convenors", index, DirectoryIndex::publicConvenors)
                .description("Public convenors in this replica's directory index")
                .register(meters);
        Gauge.builder("wsis.convening.calendar.entries", calendar, Calendar::size)
                .description("Public entries in this replica's calendar")
                .register(meters);
    }

    /** Indexes what changed since the last pass; returns how many convenors and issues were read. */
    public int catchUp() {
        synchronized (lock) {
            Instant since = watermark.equals(Instant.EPOCH) ? Instant.EPOCH : watermark.minus(margin);
            Instant[] newest = {watermark};
            Set<String> changedConvenors = new LinkedHashSet<>();
            // What changed since this replica started may have made issues public: they are announced once.
            Set<String> announceIssuesOf = new LinkedHashSet<>();
            int read = convenors.forEachChangedSince(since, convenor -> {
                changedConvenors.add(convenor.id());
                newest[0] = later(newest[0], convenor.updatedAt());
                if (!convenor.updatedAt().isBefore(startedAt)) {
                    announceIssuesOf.add(convenor.id());
                }
            });
            read += issues.forEachChangedSince(since, issue -> {
                changedConvenors.add(issue.convenorId());
                newest[0] = later(newest[0], issue.updatedAt());
                if (!issue.updatedAt().isBefore(startedAt)) {
                    announceIssuesOf.add(issue.convenorId());
                }
            });
            read += events.forEachChangedSince(since, event -> {
                calendar.putEvent(event.id(), CalendarEntries.ofEvent(event));
                newest[0] = later(newest[0], event.updatedAt());
            });
            changedConvenors.forEach(this::reindexConvenor);
            watermark = newest[0];
            index.refresh();
            announceIssuesOf.forEach(this::announceIssuesOf);
            return read;
        }
    }

    /** Indexes everything again; returns how many convenors and issues were read. */
    public int rebuild() {
        synchronized (lock) {
            watermark = Instant.EPOCH;
            return catchUp();
        }
    }

    @EventListener
    public void on(ConvenorSaved saved) {
        synchronized (lock) {
            reindexConvenor(saved.convenorId());
            index.refresh();
            // A convenor made public makes its published issues public too.
            announceIssuesOf(saved.convenorId());
        }
    }

    @EventListener
    public void on(EventSaved saved) {
        synchronized (lock) {
            events.find(saved.eventId())
                    .ifPresent(event -> calendar.putEvent(event.id(), CalendarEntries.ofEvent(event)));
        }
    }

    @EventListener
    public void on(IssueSaved saved) {
        synchronized (lock) {
            Issue issue = issues.find(saved.issueId()).orElse(null);
            if (issue != null) {
                reindexConvenor(issue.convenorId());
                index.refresh();
                announcements.consider(issue);
            }
        }
    }

    private void announceIssuesOf(String convenorId) {
        issues.ofConvenor(convenorId).stream()
                .filter(issue -> issue.publication().isPublic())
                .forEach(announcements::consider);
    }

    /** A convenor and every issue of it, as they stand. */
    private void reindexConvenor(String convenorId) {
        Convenor convenor = convenors.find(convenorId).orElse(null);
        List<Issue> itsIssues = issues.ofConvenor(convenorId);
        for (Issue issue : itsIssues) {
            index.putIssue(issue.id(), DirectoryEntries.publicIssue(convenor, issue, index));
            calendar.putIssue(issue.id(), DirectoryEntries.calendarEntries(convenor, issue));
        }
        index.putConvenor(convenorId, convenor == null ? null : DirectoryEntries.publicConvenor(convenor, itsIssues));
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    @Override
    public void start() {
        try {
            convenors.declareChangeIndex();
            issues.declareChangeIndex();
            events.declareChangeIndex();
        } catch (RuntimeException unsupported) {
            log.info("Could not declare the updatedAt indexes: {}", unsupported.getMessage());
        }
        long started = System.nanoTime();
        // What was published before this replica started was announced then (or by another replica): only
        // what changes from now on is announced here.
        Instant began = clock.instant();
        int read = rebuild();
        startedAt = began;
        log.info(
                "Directory index and calendar built from {} convenors, issues and events in {} ms",
                read,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        poller.start();
    }

    @Override
    public void stop() {
        poller.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }

    /** Before the web server takes traffic, after the database client is up. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
