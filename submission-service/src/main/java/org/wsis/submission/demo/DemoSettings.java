package org.wsis.submission.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demonstration data ({@code wsis.demo}).
 *
 * @param entries how many demonstration entries an empty database receives at start (0: none)
 */
@ConfigurationProperties("wsis.demo")
public record DemoSettings(@DefaultValue("0") int entries) {}
