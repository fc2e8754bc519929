package org.wsis.notification.broadcast.domain;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wsis.notification.preference.domain.Segment;

/**
 * What the WSIS team announces to a segment: the text in English and in any of the other UN languages
 * (people read the variant in their language, English otherwise), and how many mails a second it may go
 * out at; and, for the newsroom's posts, the portal's page it leads to ({@code path}, read in the person's
 * language).
 */
public record Announcement(
        Segment segment,
        @Nullable Integer edition,
        Map<String, Variant> variants,
        int ratePerSecond,
        @Nullable String path) {

    /** The subject and body in one language; paragraphs are separated by a blank line. */
    public record Variant(String subject, String body) {}

    /** An announcement with nothing to follow on the portal. */
    public Announcement(Segment segment, @Nullable Integer edition, Map<String, Variant> variants, int ratePerSecond) {
        this(segment, edition, variants, ratePerSecond, null);
    }

    public Announcement {
        variants = new TreeMap<>(variants);
        if (!variants.containsKey("en")) {
            throw new IllegalArgumentException("An announcement needs its English text");
        }
    }

    public Variant variant(String language) {
        Variant variant = variants.get(language);
        return variant == null ? variants.get("en") : variant;
    }
}
