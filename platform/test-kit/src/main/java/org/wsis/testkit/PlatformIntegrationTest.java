package org.wsis.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot integration test on real infrastructure: a Kafka broker, a MongoDB wire-protocol
 * server and a token issuer (see {@link PlatformInfrastructure} for how they are chosen), with the
 * application on a random port. Nothing is mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PlatformInfrastructureInitializer.class)
public @interface PlatformIntegrationTest {}
