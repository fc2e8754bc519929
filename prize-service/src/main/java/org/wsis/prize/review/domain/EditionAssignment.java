package org.wsis.prize.review.domain;

import java.util.List;

/** An expert's categories in one edition. */
public record EditionAssignment(int edition, List<Integer> categories) {}
