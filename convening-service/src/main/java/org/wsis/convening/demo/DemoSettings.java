package org.wsis.convening.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demonstration data ({@code wsis.demo}).
 *
 * @param convening whether an empty database receives the demonstration convenors and issues at start
 */
@ConfigurationProperties("wsis.demo")
public record DemoSettings(@DefaultValue("false") boolean convening) {}
