package org.wsis.servicekit.problem;

import org.jspecify.annotations.Nullable;

/**
 * What text a person may send: anything a keyboard, a paste or a language's script produces, but no
 * control characters (other than tab and line breaks), no unpaired halves of a surrogate pair (which
 * storage turns into U+FFFD), and no bidirectional embeddings, overrides or isolates (U+202A-U+202E,
 * U+2066-U+2069), which can make a title read differently in a list or a mail than what it says. The
 * left-to-right and right-to-left marks, which Arabic text legitimately uses, are allowed.
 */
public final class SafeText {

    private SafeText() {}

    /** Why {@code text} is refused, or null when it may be stored. */
    public static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "contains a control character (U+%04X), which is not allowed".formatted((int) c);
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "contains a text-direction override (U+%04X), which is not allowed".formatted((int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains half of a character (an unpaired surrogate), which is not allowed";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains half of a character (an unpaired surrogate), which is not allowed";
            }
        }
        return null;
    }
}
