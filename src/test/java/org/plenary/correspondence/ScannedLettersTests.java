package org.plenary.correspondence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.plenary.system.ScannedPages;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scanned letters, read by OCR: each test draws a letter's text into page images and
 * makes a PDF of the images alone (no text layer, as a scanner makes it), then requires
 * the extractor to find in it what it finds in the same letter as text. Runs where
 * Tesseract is installed (CI installs it); the refusal without it runs everywhere.
 */
class ScannedLettersTests {

	static ScannedPages scans;

	@BeforeAll
	static void tesseract() {
		scans = new ScannedPages("tesseract", "eng", 2, Duration.ofSeconds(120));
	}

	@AfterAll
	static void stop() {
		scans.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "004_262f4ecd4f5a0460", "001_cfcaa1c9d0e21b1b" })
	void findsInAScannedLetterWhatItFindsInItsText(String seed) throws IOException {
		assumeTrue(scans.installed(), "Tesseract is not installed here");
		var text = seed(seed);
		var extractor = new LetterExtractor();

		var fromText = extractor.extract(text);
		var fromScan = extractor.extract(LetterFiles.text(ScannedPdfs.scan(text), "scan.pdf", scans));

		assertThat(fromScan.date()).isEqualTo(fromText.date());
		assertThat(keys(fromScan.meetings())).isEqualTo(keys(fromText.meetings()));
		// OCR may lose an accent the register's spelling puts back (SignerNames); the
		// names are compared without them.
		assertThat(fromScan.senders().stream().map((s) -> folded(s.name())))
			.containsExactlyInAnyOrderElementsOf(fromText.senders().stream().map((s) -> folded(s.name())).toList());
		assertThat(fromScan.references().resolutions()).isEqualTo(fromText.references().resolutions());
		assertThat(fromScan.references().decisions()).isEqualTo(fromText.references().decisions());
	}

	@ParameterizedTest
	@ValueSource(strings = { "jpeg", "black and white", "colour" })
	void readsThePagesOfEachKindOfScannerAsTheyAre(String scanner) throws IOException {
		assumeTrue(scans.installed(), "Tesseract is not installed here");
		var text = seed("004_262f4ecd4f5a0460");
		var extractor = new LetterExtractor();
		var pdf = switch (scanner) {
			case "jpeg" -> ScannedPdfs.scanAsJpeg(text);
			case "black and white" -> ScannedPdfs.scanInBlackAndWhite(text);
			default -> ScannedPdfs.scanInColour(text);
		};

		var fromScan = extractor.extract(LetterFiles.text(pdf, "scan.pdf", scans));

		assertThat(fromScan.date()).isEqualTo(extractor.extract(text).date());
		assertThat(keys(fromScan.meetings())).isEqualTo(keys(extractor.extract(text).meetings()));
	}

	@Test
	void readsAPdfWhoseTextLayerIsNoiseByOcr() throws IOException {
		assumeTrue(scans.installed(), "Tesseract is not installed here");
		var text = seed("004_262f4ecd4f5a0460");
		var pdf = ScannedPdfs.scan(text,
				"~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%%");

		var read = LetterFiles.text(pdf, "scan.pdf", scans);

		assertThat(read).contains("15 February 2018").doesNotContain("¤¤");
	}

	@Test
	void saysPlainlyThatScansCannotBeReadWithoutTesseract() throws IOException {
		try (var missing = new ScannedPages("/nonexistent/tesseract", "eng", 1, Duration.ofSeconds(5))) {
			var pdf = ScannedPdfs.scan("15 February 2018\n\nExcellency,\n");

			assertThatExceptionOfType(UnreadableLetter.class)
				.isThrownBy(() -> LetterFiles.text(pdf, "scan.pdf", missing))
				.satisfies((e) -> assertThat(e.reason()).contains("scanned image")
					.contains("Tesseract OCR is not installed")
					.contains("apt-get install tesseract-ocr"));
		}
	}

	@Test
	void takesATextLayerOfWordsAsItIsWithoutOcr() {
		assertThat(ScannedPages.isNoise("15 February 2018\nExcellency,\nI have the honour to inform you that the "
				+ "informal meeting will take place on 20 February in Conference Room 4.", 1))
			.isFalse();
		assertThat(ScannedPages.isNoise("ⵁⵂ ⵃⵄ ⴰⴱ §§ ¶¶ ## ~~ %% ^^ ** ▯▯ ⵁⵂ ⵃⵄ ⴰⴱ §§ ¶¶ ## ~~ %% ^^ ** ▯▯ §§ ¶¶", 1))
			.isTrue();
		assertThat(ScannedPages.isNoise("  \n \f ", 1)).isTrue();
	}

	static String seed(String name) throws IOException {
		return new String(new ClassPathResource("seeds/" + name + ".txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
	}

	static String folded(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
	}

	static List<String> keys(List<Extraction.Meeting> meetings) {
		return meetings.stream().map((m) -> m.date() + " " + m.start() + " " + m.venue()).toList();
	}

}
