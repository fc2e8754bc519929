package org.wsis.prize.tally.domain;

import java.time.Instant;
import org.wsis.prize.audit.domain.Admin;

/**
 * One admin's decision on a selection of voters, recorded with each voter it decided: the audit
 * trail counts its voters from there.
 *
 * @param id shared by every voter of the decision
 * @param selection how the voters were chosen: {@code named}, or the filters of a bulk decision
 */
public record ReviewDecision(String id, Admin by, Instant at, String selection) {}
