package org.plenary.correspondence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CorrespondenceConfiguration {

	/** One extractor for the application: it reads the register's State names once. */
	@Bean
	LetterExtractor letterExtractor() {
		return new LetterExtractor();
	}

}
