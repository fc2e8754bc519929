package org.wsis.convening.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.wsis.convening.calendar.domain.Follow;
import org.wsis.convening.calendar.mongo.FollowStore;
import org.wsis.servicekit.background.BackgroundLoop;

/**
 * Reminds the followers of each public calendar entry that starts within the lead time: each follow
 * records the start it reminded of and publishes the reminder in the same write, so a reminder is sent once
 * per start time even when several replicas look at once (the second write is stale and changes nothing),
 * and an entry moved to another time reminds again.
 */
@Component
public class Reminders implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Calendar calendar;
    private final FollowStore follows;
    private final Clock clock;
    private final Duration lead;
    private final Counter sent;
    private final BackgroundLoop loop;

    public Reminders(
            Calendar calendar, FollowStore follows, Clock clock, ReminderSettings settings, MeterRegistry meters) {
        this.calendar = calendar;
        this.follows = follows;
        this.clock = clock;
        this.lead = settings.lead();
        this.sent = Counter.builder("wsis.convening.calendar.reminders")
                .description("Reminders of calendar entries published to their followers")
                .register(meters);
        this.loop = new BackgroundLoop(
                "calendar-reminders",
                () -> {
                    remindDue();
                    return false;
                },
                settings.pollInterval());
    }

    /** Reminds the followers of every entry starting within the lead time; returns how many were reminded. */
    public int remindDue() {
        Instant now = clock.instant();
        CalendarQuery soon = CalendarQuery.between(now, now.plus(lead));
        int reminded = 0;
        for (CalendarEntry entry : calendar.list(soon, 0, Integer.MAX_VALUE).entries()) {
            if (!entry.start().toInstant().isAfter(now)) {
                continue;
            }
            Follow.Reminder reminder = new Follow.Reminder(
                    entry.title(),
                    entry.organiser(),
                    entry.start(),
                    entry.end(),
                    entry.online(),
                    entry.link(),
                    entry.place());
            for (Follow follow :
                    follows.notRemindedOf(entry.key(), entry.start().toInstant())) {
                if (follow.remind(reminder, now)) {
                    try {
                        follows.save(follow);
                        sent.increment();
                        reminded++;
                    } catch (OptimisticLockingFailureException anotherReplica) {
                        log.debug("Follow {} was reminded by another replica", follow.id());
                    }
                }
            }
        }
        return reminded;
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
