package org.plenary.correspondence;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
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
		var fromScan = extractor.extract(LetterFiles.text(scan(text), "scan.pdf", scans));

		assertThat(fromScan.date()).isEqualTo(fromText.date());
		assertThat(keys(fromScan.meetings())).isEqualTo(keys(fromText.meetings()));
		// OCR may lose an accent the register's spelling puts back (SignerNames); the
		// names are compared without them.
		assertThat(fromScan.senders().stream().map((s) -> folded(s.name())))
			.containsExactlyInAnyOrderElementsOf(fromText.senders().stream().map((s) -> folded(s.name())).toList());
		assertThat(fromScan.references().resolutions()).isEqualTo(fromText.references().resolutions());
		assertThat(fromScan.references().decisions()).isEqualTo(fromText.references().decisions());
	}

	@Test
	void readsAPdfWhoseTextLayerIsNoiseByOcr() throws IOException {
		assumeTrue(scans.installed(), "Tesseract is not installed here");
		var text = seed("004_262f4ecd4f5a0460");
		var pdf = scan(text,
				"~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%% ~~ ¤¤ §§ ¶ ## %%%");

		var read = LetterFiles.text(pdf, "scan.pdf", scans);

		assertThat(read).contains("15 February 2018").doesNotContain("¤¤");
	}

	@Test
	void saysPlainlyThatScansCannotBeReadWithoutTesseract() throws IOException {
		try (var missing = new ScannedPages("/nonexistent/tesseract", "eng", 1, Duration.ofSeconds(5))) {
			var pdf = scan("15 February 2018\n\nExcellency,\n");

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

	/** The text drawn into letter-size page images at 300 dpi, as a PDF of images. */
	static byte[] scan(String text) throws IOException {
		return scan(text, null);
	}

	/**
	 * The same, with an invisible text layer of the given noise on each page (a scanner's
	 * own failed OCR).
	 */
	static byte[] scan(String text, String noise) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var document = new PDDocument()) {
			for (var image : pages(text)) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				var picture = LosslessFactory.createFromImage(document, image);
				try (var content = new PDPageContentStream(document, page)) {
					content.drawImage(picture, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
					if (noise != null) {
						var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document,
								new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream());
						content.beginText();
						content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
						content.setFont(font, 10);
						content.newLineAtOffset(72, 700);
						content.showText(noise);
						content.endText();
					}
				}
			}
			document.save(out);
		}
		return out.toByteArray();
	}

	/** Lines of 11-point serif on letter-size pages; a tab starts the next column. */
	static List<BufferedImage> pages(String text) throws IOException {
		Font font;
		try (var in = new ClassPathResource("fonts/DejaVuSerif.ttf").getInputStream()) {
			font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(46f);
		}
		catch (FontFormatException ex) {
			throw new IOException(ex);
		}
		int width = 2550;
		int height = 3300;
		int margin = 225;
		var pages = new ArrayList<BufferedImage>();
		BufferedImage page = null;
		Graphics2D g = null;
		int y = 0;
		for (var paragraph : text.split("\n", -1)) {
			var lines = new ArrayList<String>();
			if (paragraph.contains("\t")) {
				lines.add(paragraph);
			}
			else {
				wrap(paragraph, font, width - 2 * margin, lines);
			}
			for (var line : lines) {
				if (page == null || y > height - margin) {
					if (g != null) {
						g.dispose();
					}
					page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
					g = page.createGraphics();
					g.setColor(Color.WHITE);
					g.fillRect(0, 0, width, height);
					g.setColor(Color.BLACK);
					g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
					g.setFont(font);
					pages.add(page);
					y = margin;
				}
				var cells = line.split("\t");
				if (cells.length == 1) {
					g.drawString(line, margin, y);
					y += 62;
				}
				else {
					// A table row: each cell wrapped in its own column.
					int column = (width - 2 * margin) / cells.length;
					int tallest = 1;
					for (int c = 0; c < cells.length; c++) {
						var wrapped = new ArrayList<String>();
						wrap(cells[c], font, column - 30, wrapped);
						for (int l = 0; l < wrapped.size(); l++) {
							g.drawString(wrapped.get(l), margin + c * column, y + l * 62);
						}
						tallest = Math.max(tallest, wrapped.size());
					}
					y += tallest * 62 + 20;
				}
			}
		}
		if (g != null) {
			g.dispose();
		}
		return pages;
	}

	private static void wrap(String paragraph, Font font, int width, List<String> lines) {
		var probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
		var metrics = probe.getFontMetrics(font);
		var line = new StringBuilder();
		for (var word : paragraph.split(" ")) {
			if (!line.isEmpty() && metrics.stringWidth(line + " " + word) > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		probe.dispose();
	}

}
