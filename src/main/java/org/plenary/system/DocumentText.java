package org.plenary.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Turns a document's file — a letter to import, a delegation's written statement — into
 * its text: plain text (UTF-8), a PDF's text layer, or a Word document's paragraphs and
 * tables (a table row becomes a tab-separated line, as the seeds write tables). Each kind
 * of bad file gets its own clear refusal.
 */
public final class DocumentText {

	/** Letters and statements are small; a larger file is refused before it is read. */
	public static final int MOST_BYTES = 10 * 1024 * 1024;

	private DocumentText() {
	}

	/**
	 * The text of a file, by its content (and its name's ending where the content does
	 * not say).
	 */
	public static String text(byte[] content, String fileName) {
		if (content.length == 0) {
			throw new UnreadableDocument("The file is empty.");
		}
		if (content.length > MOST_BYTES) {
			throw new UnreadableDocument("The file is larger than 10 MB (%,d bytes).".formatted(content.length));
		}
		var name = fileName.toLowerCase(Locale.ROOT);
		if (startsWith(content, "%PDF")) {
			return pdf(content);
		}
		if (startsWith(content, "PK") && (name.endsWith(".docx") || !name.endsWith(".zip"))) {
			return docx(content);
		}
		if (name.endsWith(".pdf") || name.endsWith(".docx")) {
			throw new UnreadableDocument("The file is named " + fileName + " but is not a "
					+ name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) + ".");
		}
		return plainText(content);
	}

	static String plainText(byte[] content) {
		for (int i = 0; i < Math.min(content.length, 8192); i++) {
			if (content[i] == 0) {
				throw new UnreadableDocument(
						"The file is binary, not text: save the letter as UTF-8 text, PDF or DOCX.");
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableDocument(
					"The text is not UTF-8 (another encoding, such as Windows-1252?): save it as UTF-8.");
		}
	}

	static String pdf(byte[] content) {
		try (var document = Loader.loadPDF(content)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw new UnreadableDocument("The PDF is protected against copying its text.");
			}
			var stripper = new ColumnsStripper();
			stripper.setSortByPosition(true);
			var text = stripper.getText(document);
			if (text.isBlank()) {
				throw new UnreadableDocument(
						"The PDF has no text layer: it is a scanned image. Run it through OCR first, then import it.");
			}
			return text;
		}
		catch (IOException ex) {
			throw new UnreadableDocument("The PDF cannot be opened: " + ex.getMessage());
		}
	}

	/**
	 * A PDF's text with a tab where words on a line stand far apart: the cells of a table
	 * and co-signatories side by side stay apart, as the seeds write tables.
	 */
	private static final class ColumnsStripper extends PDFTextStripper {

		/** A gap of this many spaces' widths parts two columns. */
		private static final float COLUMN_GAP = 2.5f;

		private boolean separatorPending;

		private float lastEnd = Float.NaN;

		@Override
		protected void writeWordSeparator() {
			this.separatorPending = true;
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			if (this.separatorPending) {
				this.separatorPending = false;
				var first = positions.isEmpty() ? null : positions.get(0);
				boolean farApart = first != null && !Float.isNaN(this.lastEnd) && isColumnGap(first, this.lastEnd);
				super.writeString(farApart ? "\t" : getWordSeparator());
			}
			super.writeString(withColumns(text, positions), positions);
			if (!positions.isEmpty()) {
				var last = positions.get(positions.size() - 1);
				this.lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
			}
		}

		/**
		 * The text, or — where two of its glyphs stand a column's gap apart, spaces
		 * between them or not — its glyphs with a tab in each gap.
		 */
		private static String withColumns(String text, List<TextPosition> positions) {
			float end = Float.NaN;
			boolean gap = false;
			for (var position : positions) {
				if (!Float.isNaN(end) && isColumnGap(position, end)) {
					gap = true;
					break;
				}
				if (!position.getUnicode().isBlank()) {
					end = position.getXDirAdj() + position.getWidthDirAdj();
				}
			}
			if (!gap) {
				return text;
			}
			var out = new StringBuilder(text.length() + 4);
			end = Float.NaN;
			for (var position : positions) {
				if (!Float.isNaN(end) && isColumnGap(position, end) && !position.getUnicode().isBlank()) {
					while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
						out.setLength(out.length() - 1);
					}
					out.append('\t');
				}
				out.append(position.getUnicode());
				if (!position.getUnicode().isBlank()) {
					end = position.getXDirAdj() + position.getWidthDirAdj();
				}
			}
			return out.toString();
		}

		private static boolean isColumnGap(TextPosition next, float end) {
			return next.getXDirAdj() - end > COLUMN_GAP * Math.max(1f, next.getWidthOfSpace());
		}

		@Override
		protected void writeLineSeparator() throws IOException {
			this.separatorPending = false;
			this.lastEnd = Float.NaN;
			super.writeLineSeparator();
		}

	}

	static String docx(byte[] content) {
		try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
			var text = new StringBuilder();
			for (var element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					for (var row : table.getRows()) {
						var cells = row.getTableCells()
							.stream()
							.map((c) -> c.getText().replace('\n', ' ').trim())
							.toList();
						text.append(String.join("\t", cells)).append('\n');
					}
					text.append('\n');
				}
			}
			if (text.toString().isBlank()) {
				throw new UnreadableDocument("The Word document has no text.");
			}
			return text.toString();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableDocument refusal) {
				throw refusal;
			}
			throw new UnreadableDocument("The Word document cannot be opened: it is damaged or not a .docx file.");
		}
	}

	private static boolean startsWith(byte[] content, String magic) {
		if (content.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if (content[i] != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
