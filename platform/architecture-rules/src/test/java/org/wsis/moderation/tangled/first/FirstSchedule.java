package org.wsis.moderation.tangled.first;

import org.springframework.scheduling.annotation.Scheduled;

/** Background work of its own: a scheduled method, and a thread started by hand. */
public class FirstSchedule {

    @Scheduled(fixedDelay = 1000)
    public void sweep() {}

    public void startPoller() {
        Thread.ofPlatform().daemon().start(this::sweep);
    }
}
