package org.wsis.convening.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the followers of a calendar entry are reminded of it ({@code wsis.calendar.reminders}).
 *
 * @param lead how long before an entry starts its followers are reminded
 * @param pollInterval how often each replica looks for entries starting within {@code lead}
 */
@ConfigurationProperties("wsis.calendar.reminders")
public record ReminderSettings(
        @DefaultValue("24h") Duration lead,
        @DefaultValue("1m") Duration pollInterval) {}
