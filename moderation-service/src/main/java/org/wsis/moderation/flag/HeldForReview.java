package org.wsis.moderation.flag;

/**
 * Where an entry goes when the flags that count on its published revision reach the threshold: the
 * moderation queue implements it, so that this feature needs nothing of the queue.
 */
public interface HeldForReview {

    /** Holds the entry for a moderator's review, out of public view; again with a higher count, raises it. */
    void hold(Flagging.Hidden hidden);
}
