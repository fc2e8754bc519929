/**
 * The infrastructure that runs in-process when there is no Docker, shared by the tests (through the test
 * kit) and the local stack: a KRaft Kafka broker (the real Apache Kafka server code) and a MongoDB
 * wire-protocol server, on free ports.
 */
@NullMarked
package org.wsis.embedded;

import org.jspecify.annotations.NullMarked;
