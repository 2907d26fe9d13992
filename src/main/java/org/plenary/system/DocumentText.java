package org.plenary.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jspecify.annotations.Nullable;

/**
 * Turns a document's file — a letter to import, a delegation's written statement — into
 * its text: plain text (UTF-8), a PDF's text layer, or a Word document's paragraphs and
 * tables (a table row becomes a tab-separated line, as the seeds write tables). Each kind
 * of bad file gets its own clear refusal.
 */
public final class DocumentText {

	/** Letters and statements are small; a larger file is refused before it is read. */
	public static final int MOST_BYTES = 10 * 1024 * 1024;

	/**
	 * How much of a document is read, and for how long, before it is refused: each limit
	 * is checked while reading, so that reading stops there (a PDF whose page tree names
	 * one page 1.5 million times is refused at its 201st page, not read whole and then
	 * measured).
	 */
	public record Limits(int pages, int characters, Duration time) {

		/** 200 pages, 400,000 characters (the extractor's limit), 20 seconds. */
		public static final Limits DOCUMENT = new Limits(200, 400_000, Duration.ofSeconds(20));

	}

	private DocumentText() {
	}

	/**
	 * The text of a file, by its content (and its name's ending where the content does
	 * not say).
	 */
	public static String text(byte[] content, String fileName) {
		return text(content, fileName, Limits.DOCUMENT, null);
	}

	/**
	 * The text of a file, a scanned PDF's read by OCR (a PDF without a text layer, or
	 * whose text layer is mostly noise).
	 */
	public static String text(byte[] content, String fileName, ScannedPages scans) {
		return text(content, fileName, Limits.DOCUMENT, scans, ScannedPages.Progress.NONE);
	}

	/**
	 * The text of a file, a scanned PDF's read by OCR, telling {@code progress} of its
	 * pages as they are read.
	 */
	public static String text(byte[] content, String fileName, ScannedPages scans, ScannedPages.Progress progress) {
		return text(content, fileName, Limits.DOCUMENT, scans, progress);
	}

	/** The text of a file, read within the limits given. */
	static String text(byte[] content, String fileName, Limits limits) {
		return text(content, fileName, limits, null);
	}

	static String text(byte[] content, String fileName, Limits limits, @Nullable ScannedPages scans) {
		return text(content, fileName, limits, scans, ScannedPages.Progress.NONE);
	}

	static String text(byte[] content, String fileName, Limits limits, @Nullable ScannedPages scans,
			ScannedPages.Progress progress) {
		if (content.length == 0) {
			throw new UnreadableDocument("The file is empty.");
		}
		if (content.length > MOST_BYTES) {
			throw new UnreadableDocument("The file is larger than 10 MB (%,d bytes).".formatted(content.length));
		}
		var name = fileName.toLowerCase(Locale.ROOT);
		var reading = new Reading(limits);
		if (startsWith(content, "%PDF")) {
			return pdf(content, reading, scans, progress);
		}
		if (startsWith(content, "PK") && (name.endsWith(".docx") || !name.endsWith(".zip"))) {
			return docx(content, reading);
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

	static String pdf(byte[] content, Reading reading) {
		return pdf(content, reading, null);
	}

	static String pdf(byte[] content, Reading reading, @Nullable ScannedPages scans) {
		return pdf(content, reading, scans, ScannedPages.Progress.NONE);
	}

	static String pdf(byte[] content, Reading reading, @Nullable ScannedPages scans, ScannedPages.Progress progress) {
		try (var document = Loader.loadPDF(content)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw new UnreadableDocument("The PDF is protected against copying its text.");
			}
			var pages = pages(document, reading);
			var stripper = new ColumnsStripper(pages, reading);
			stripper.setSortByPosition(true);
			var text = stripper.getText(document);
			if (scans != null && ScannedPages.isNoise(text, pages.size())) {
				var read = scans.read(document, pages.size(), progress);
				reading.characters(read.length());
				if (read.isBlank()) {
					throw new UnreadableDocument(
							"The PDF has no text layer, and OCR found no words on its pages: are they blank?");
				}
				return read;
			}
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
	 * The pages of a PDF, walked from its page tree's root up to the limit — never the
	 * whole tree first (PDFBox's page iterator lists every leaf before giving the first).
	 * A node met twice on the way down is a loop and is not walked again; a page named
	 * twice counts twice.
	 */
	static List<PDPage> pages(PDDocument document, Reading reading) {
		var pages = new ArrayList<PDPage>();
		var root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
		if (root == null) {
			return pages;
		}
		Set<COSDictionary> walked = Collections.newSetFromMap(new IdentityHashMap<>());
		var pending = new java.util.ArrayDeque<COSDictionary>();
		pending.push(root);
		while (!pending.isEmpty()) {
			reading.checkTime();
			var node = pending.pop();
			var kids = node.getCOSArray(COSName.KIDS);
			if (kids == null || COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
				pages.add(new PDPage(node));
				reading.page(pages.size());
				continue;
			}
			if (!walked.add(node)) {
				continue;
			}
			for (int i = kids.size() - 1; i >= 0; i--) {
				if (kidAt(kids, i) instanceof COSDictionary kid) {
					pending.push(kid);
				}
			}
			// The kids of one node wait to be walked: as many as there may be pages.
			if (pending.size() > reading.limits.pages() + 1) {
				throw reading.tooManyPages();
			}
		}
		return pages;
	}

	private static @Nullable COSBase kidAt(COSArray kids, int i) {
		var kid = kids.get(i);
		return kid instanceof COSObject reference ? reference.getObject() : kid;
	}

	/**
	 * One document's reading: the pages and characters read so far and the time left,
	 * each checked as it grows.
	 */
	static final class Reading {

		final Limits limits;

		private final long deadline;

		private int characters;

		Reading(Limits limits) {
			this.limits = limits;
			this.deadline = System.nanoTime() + limits.time().toNanos();
		}

		void page(int count) {
			if (count > this.limits.pages()) {
				throw tooManyPages();
			}
		}

		UnreadableDocument tooManyPages() {
			return new UnreadableDocument("The document has more than %d pages: it is not a letter or a statement."
				.formatted(this.limits.pages()));
		}

		void characters(int more) {
			this.characters += more;
			if (this.characters > this.limits.characters()) {
				throw new UnreadableDocument(
						"The document holds more than %,d characters of text: it is not a letter or a statement."
							.formatted(this.limits.characters()));
			}
		}

		void checkTime() {
			if (System.nanoTime() - this.deadline > 0) {
				throw new UnreadableDocument(
						"The document took longer than %d seconds to read: it is too complex. Save it again as a simpler PDF or as text."
							.formatted(this.limits.time().toSeconds()));
			}
		}

	}

	/**
	 * A PDF's text with a tab where words on a line stand far apart: the cells of a table
	 * and co-signatories side by side stay apart, as the seeds write tables.
	 */
	private static final class ColumnsStripper extends PDFTextStripper {

		/** A gap of this many spaces' widths parts two columns. */
		private static final float COLUMN_GAP = 2.5f;

		/** Operators between two looks at the clock. */
		private static final int OPERATORS_BETWEEN_CHECKS = 1024;

		private final List<PDPage> pages;

		private final Reading reading;

		private int operators;

		ColumnsStripper(List<PDPage> pages, Reading reading) {
			this.pages = pages;
			this.reading = reading;
			// The pages are given by this stripper, not counted by PDFBox's.
			setStartPage(0);
		}

		/** The pages walked within the limit, not the document's whole page tree. */
		@Override
		protected void processPages(PDPageTree ignored) throws IOException {
			for (var page : this.pages) {
				this.reading.checkTime();
				if (page.hasContents()) {
					processPage(page);
				}
			}
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if (++this.operators % OPERATORS_BETWEEN_CHECKS == 0) {
				this.reading.checkTime();
			}
			super.processOperator(operator, operands);
		}

		@Override
		protected void writeString(String text) throws IOException {
			this.reading.characters(text.length());
			super.writeString(text);
		}

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
			var written = withColumns(text, positions);
			this.reading.characters(written.length());
			super.writeString(written, positions);
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
			this.reading.characters(1);
			this.separatorPending = false;
			this.lastEnd = Float.NaN;
			super.writeLineSeparator();
		}

	}

	static String docx(byte[] content, Reading reading) {
		try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
			var text = new StringBuilder();
			for (var element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					append(text, paragraph.getText(), reading);
				}
				else if (element instanceof XWPFTable table) {
					for (var row : table.getRows()) {
						var cells = row.getTableCells()
							.stream()
							.map((c) -> c.getText().replace('\n', ' ').trim())
							.toList();
						append(text, String.join("\t", cells), reading);
					}
					append(text, "", reading);
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

	/** A line of a Word document's text, counted and timed as it is read. */
	private static void append(StringBuilder text, String line, Reading reading) {
		reading.checkTime();
		reading.characters(line.length() + 1);
		text.append(line).append('\n');
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
