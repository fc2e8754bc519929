package org.wsis.contracts.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post of the newsroom was published for the first time: the people who asked for the news are written to,
 * each in their language where the post has it, in English otherwise. Publishing it again after taking it
 * down, or changing it, announces nothing.
 *
 * @param newsId the post; the record key
 * @param headlines the post's title and summary in each language it is written in (English always)
 * @param editorId the editor who published it
 * @param editorName the editor's name, for the audit of mails sent
 */
public record NewsPublished(
        UUID eventId, Instant occurredAt, String newsId, List<Headline> headlines, String editorId, String editorName)
        implements CommunityEvent {

    /**
     * A post's title and summary in one language.
     *
     * @param language {@code ar}, {@code en}, {@code es}, {@code fr}, {@code ru} or {@code zh}
     */
    public record Headline(String language, String title, String summary) {}

    public NewsPublished {
        headlines = List.copyOf(headlines);
    }

    @Override
    public String aggregateId() {
        return newsId;
    }
}
