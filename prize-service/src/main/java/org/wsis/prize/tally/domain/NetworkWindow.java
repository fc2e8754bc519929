package org.wsis.prize.tally.domain;

import java.util.Set;

/**
 * One network's window: the new accounts seen in it, whether it is marked as a burst, and whether all
 * of them were flagged already.
 */
public record NetworkWindow(
        String id, int edition, String network, Set<String> accounts, boolean crossed, boolean allFlagged) {}
