package org.plenary.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OCR that reads scanned letters: Tesseract's command, its languages, and how many
 * pages the server reads at once ({@code plenary.ocr.*}).
 */
@Configuration(proxyBeanMethods = false)
class ScanningConfiguration {

	@Bean(destroyMethod = "close")
	ScannedPages scannedPages(@Value("${plenary.ocr.command:tesseract}") String command,
			@Value("${plenary.ocr.languages:eng}") String languages, @Value("${plenary.ocr.threads:0}") int threads,
			@Value("${plenary.ocr.page-time:60s}") Duration pageTime) {
		return new ScannedPages(command, languages, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
				pageTime);
	}

}
