package org.wsis.convening.programme;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the solver works on a programme ({@code wsis.programme.solving}).
 *
 * @param limit how long a solve runs when the admin does not say
 * @param longest the longest an admin may ask for
 * @param unimproved a solve stops sooner once its best programme has not improved for this long
 * @param progressEvery how often a solve's best programme so far is saved (and shown)
 */
@ConfigurationProperties("wsis.programme.solving")
public record SolvingSettings(
        @DefaultValue("60s") Duration limit,
        @DefaultValue("10m") Duration longest,
        @DefaultValue("20s") Duration unimproved,
        @DefaultValue("2s") Duration progressEvery) {}
