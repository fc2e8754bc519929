package org.wsis.convening.venue.domain;

import java.time.LocalDate;

/** A slot of one day: {@code slot} counts from 1, as the programme shows it. */
public record SlotRef(LocalDate day, int slot) {}
