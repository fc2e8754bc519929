/**
 * The pieces of infrastructure that run in-process, shared by the tests and the local stack: a KRaft
 * Kafka broker (the real Apache Kafka server code), a MongoDB wire-protocol server and a token issuer.
 */
@NullMarked
package org.wsis.testkit.infra;

import org.jspecify.annotations.NullMarked;
