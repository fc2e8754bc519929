package org.wsis.moderation.queue.domain;

/** A queue item refused a move; {@code code} is stable and becomes the problem type. */
public class ModerationRefused extends RuntimeException {

    private final String code;

    public ModerationRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
