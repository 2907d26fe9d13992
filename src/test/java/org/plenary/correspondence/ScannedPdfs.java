package org.plenary.correspondence;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/**
 * Scanned letters made in the test: a letter's text drawn into letter-size page images at
 * 300 dpi (11-point serif; a tab starts a table's next column, each cell wrapped in it),
 * then a PDF of those images alone, as a scanner makes it. Used by the OCR tests and
 * benchmark.
 */
public final class ScannedPdfs {

	private ScannedPdfs() {
	}

	/** The text drawn into letter-size page images at 300 dpi, as a PDF of images. */
	public static byte[] scan(String text) throws IOException {
		return scan(text, null);
	}

	/**
	 * The same, with an invisible text layer of the given noise on each page (a scanner's
	 * own failed OCR).
	 */
	/** The text as a scanner that writes JPEG pages (DCT-encoded images) makes it. */
	public static byte[] scanAsJpeg(String text) throws IOException {
		return scanEach(text, (document, image) -> JPEGFactory.createFromImage(document, image, 0.9f));
	}

	/**
	 * The text as a black-and-white scanner makes it: one bit a dot, CCITT Group 4, as
	 * fax machines and office scanners write.
	 */
	public static byte[] scanInBlackAndWhite(String text) throws IOException {
		return scanEach(text, (document, image) -> CCITTFactory.createFromImage(document,
				redrawn(image, BufferedImage.TYPE_BYTE_BINARY)));
	}

	/** The text as a colour scanner makes it: RGB samples, compressed without loss. */
	public static byte[] scanInColour(String text) throws IOException {
		return scanEach(text, (document, image) -> LosslessFactory.createFromImage(document,
				redrawn(image, BufferedImage.TYPE_INT_RGB)));
	}

	/** The page drawn again into an image of another kind (one bit a dot, colour). */
	private static BufferedImage redrawn(BufferedImage page, int type) {
		var image = new BufferedImage(page.getWidth(), page.getHeight(), type);
		var g = image.createGraphics();
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return image;
	}

	private interface PageImages {

		PDImageXObject of(PDDocument document, BufferedImage page) throws IOException;

	}

	private static byte[] scanEach(String text, PageImages images) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var document = new PDDocument()) {
			for (var image : pages(text)) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				var picture = images.of(document, image);
				try (var content = new PDPageContentStream(document, page)) {
					content.drawImage(picture, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
				}
			}
			document.save(out);
		}
		return out.toByteArray();
	}

	public static byte[] scan(String text, @Nullable String noise) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var document = new PDDocument()) {
			for (var image : pages(text)) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				var picture = LosslessFactory.createFromImage(document, image);
				try (var content = new PDPageContentStream(document, page)) {
					content.drawImage(picture, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
					if (noise != null) {
						var font = PDType0Font.load(document,
								new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream());
						content.beginText();
						content.setRenderingMode(RenderingMode.NEITHER);
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
	public static List<BufferedImage> pages(String text) throws IOException {
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
