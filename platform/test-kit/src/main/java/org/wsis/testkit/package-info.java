/**
 * Real infrastructure for tests: one annotation, {@link org.wsis.testkit.PlatformIntegrationTest},
 * gives a Spring Boot test a real Kafka broker, a MongoDB wire-protocol server and a token issuer.
 */
@NullMarked
package org.wsis.testkit;

import org.jspecify.annotations.NullMarked;
