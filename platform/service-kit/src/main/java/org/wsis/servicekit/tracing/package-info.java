/** W3C trace context carried through the outbox and across Kafka records, so one request is one trace. */
@NullMarked
package org.wsis.servicekit.tracing;

import org.jspecify.annotations.NullMarked;
