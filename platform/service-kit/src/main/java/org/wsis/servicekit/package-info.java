/**
 * What every WSIS service shares: the transactional outbox, idempotent event consumption with a
 * dead-letter policy, resource-server security, RFC 9457 problem details and observability defaults.
 * A service gets all of it by depending on this module.
 */
@NullMarked
package org.wsis.servicekit;

import org.jspecify.annotations.NullMarked;
