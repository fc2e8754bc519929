package org.wsis.contracts.prize;

import org.wsis.contracts.DomainEvent;

/**
 * The stream of the WSIS Prizes, on {@code wsis.prize.v1}: nominations and what becomes of them, and
 * an edition's phases and results. Nomination events are keyed by nomination id, edition events by the
 * edition's year.
 */
public sealed interface PrizeEvent extends DomainEvent
        permits NominationSubmitted, NominationScreened, NomineeShortlisted, EditionPhaseChanged, PrizeAwarded {}
