package org.plenary.schedule;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dayStarts the earliest a meeting usually starts at Headquarters
 * @param dayEnds the latest a meeting usually ends
 * @param suggestionDays how many days ahead the conflict check looks for a free slot to
 * suggest
 */
@ConfigurationProperties("plenary.schedule")
record ScheduleSettings(@DefaultValue("08:00") LocalTime dayStarts, @DefaultValue("21:00") LocalTime dayEnds,
		@DefaultValue("30") int suggestionDays) {
}
