package org.wsis.notification.broadcast;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.wsis.contracts.community.NewsPublished;
import org.wsis.notification.broadcast.domain.Announcement;
import org.wsis.notification.preference.domain.Segment;

/**
 * A post of the newsroom, first published, goes to the people who asked for the news: a broadcast to them
 * (at the broadcasts' default rate, walked like any other) whose mail gives the post's title and summary in
 * the person's language (English when the post lacks it) and a link to read it. The broadcast's id is the
 * post's, so the event delivered again starts nothing more.
 */
@Service
public class NewsMails {

    private final Broadcasts broadcasts;
    private final BroadcastSettings settings;

    NewsMails(Broadcasts broadcasts, BroadcastSettings settings) {
        this.broadcasts = broadcasts;
        this.settings = settings;
    }

    public void on(NewsPublished event) {
        Map<String, Announcement.Variant> variants = new TreeMap<>();
        event.headlines().forEach(h -> variants.put(h.language(), new Announcement.Variant(h.title(), h.summary())));
        broadcasts.startOnce(
                "news:" + event.newsId(),
                new Announcement(
                        Segment.NEWS_SUBSCRIBERS,
                        null,
                        variants,
                        settings.defaultRatePerSecond(),
                        "/news/" + event.newsId()),
                new Broadcasts.Admin(event.editorId(), event.editorName()));
    }
}
