package org.wsis.notification.privacy.domain;

import java.time.Instant;
import org.wsis.contracts.account.AccountErased.EntriesChoice;

/** An erasure as recorded: when it was asked for and what became of the entries. */
public record RecordedErasure(Instant requestedAt, EntriesChoice entries) {}
