package org.plenary.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF read back as a reader would: by PDFBox and, independently, by
 * Poppler's {@code pdftotext}; normalised (compatibility forms folded, so Arabic's shaped
 * presentation forms read as its letters; direction marks dropped; white space
 * collapsed). Also what the PDF draws: the characters of its glyphs as written, and
 * whether any glyph is the font's {@code .notdef} (a character the font lacks).
 */
public record PrintedText(String pdfbox, String poppler, String drawn, int notdefGlyphs) {

	public static PrintedText of(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			var drawn = new StringBuilder();
			var notdef = new int[1];
			var stripper = new PDFTextStripper() {

				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					for (var position : positions) {
						drawn.append(position.getUnicode());
						for (int code : position.getCharacterCodes()) {
							if (code == 0) {
								notdef[0]++;
							}
						}
					}
					super.writeString(text, positions);
				}

			};
			var text = stripper.getText(document);
			return new PrintedText(normalised(text), normalised(pdftotext(pdf)), drawn.toString(), notdef[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * NFKC, without bidirectional controls nor tatweel (the stroke that draws a joined
	 * mark), white space collapsed, a comma followed by one space (readers put a space on
	 * either side of a comma between runs of different directions).
	 */
	public static String normalised(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u0640]", "")
			.replaceAll("\\s+", " ")
			.replaceAll(" ?([،,]) ?", "$1 ")
			.strip();
	}

	/** How many characters of the PDF are Arabic presentation forms: letters joined. */
	public long shapedArabic() {
		return this.drawn.codePoints()
			.filter((c) -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
			.count();
	}

	private static String pdftotext(byte[] pdf) {
		try {
			var file = Files.createTempFile("plenary-printed", ".pdf");
			try {
				Files.write(file, pdf);
				var process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
					.redirectErrorStream(true)
					.start();
				var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new IllegalStateException("pdftotext failed: " + out);
				}
				return out;
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
