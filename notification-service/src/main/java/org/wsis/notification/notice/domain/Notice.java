package org.wsis.notification.notice.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wsis.notification.preference.domain.NotificationType;

/**
 * What one person is told about one event, before it is put into words: the message {@code key}
 * names the subject and first paragraph in the message bundles ({@code <key>.subject},
 * {@code <key>.body}), {@code extraKeys} add paragraphs that depend on the case, {@code quote} is the
 * moderator's own words, and {@code path} is the portal page the mail links to. {@code args} fill the
 * {@code {name}} placeholders of every text. {@code subjectId} and {@code subjectTitle} name the entry
 * or nomination concerned, by which digests group.
 */
public record Notice(
        NotificationType type,
        String key,
        List<String> extraKeys,
        Map<String, String> args,
        @Nullable String quote,
        String path,
        String subjectId,
        String subjectTitle) {

    public Notice {
        extraKeys = List.copyOf(extraKeys);
        args = Map.copyOf(args);
    }

    /** This notice about {@code title}: the subject's title and the {@code {title}} placeholder. */
    public Notice titled(String title) {
        Map<String, String> more = new java.util.HashMap<>(args);
        more.put("title", title);
        return new Notice(type, key, extraKeys, more, quote, path, subjectId, title);
    }

    /** This notice with {@code quote} set apart in the mail. */
    public Notice quoting(String quote) {
        return new Notice(type, key, extraKeys, args, quote, path, subjectId, subjectTitle);
    }
}
