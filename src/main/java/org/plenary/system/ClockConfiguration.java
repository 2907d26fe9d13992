package org.plenary.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of the current time. Meetings happen at Headquarters, so "today" is New
 * York's today.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Bean
	Clock clock() {
		return Clock.system(NEW_YORK);
	}

}
