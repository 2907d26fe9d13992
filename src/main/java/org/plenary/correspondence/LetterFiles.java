package org.plenary.correspondence;

import org.jspecify.annotations.Nullable;
import org.plenary.system.DocumentText;
import org.plenary.system.ScannedPages;
import org.plenary.system.UnreadableDocument;

/**
 * A letter's file as text — plain text (UTF-8), a PDF's text layer, a Word document's
 * paragraphs and tables — read by {@link DocumentText}; a file that cannot be read is
 * refused as an unreadable letter, with its reason.
 */
public final class LetterFiles {

	/** Letters are small; a larger file is refused before it is read. */
	public static final int MOST_BYTES = DocumentText.MOST_BYTES;

	private LetterFiles() {
	}

	public static String text(byte[] content, String fileName) {
		return text(content, fileName, null);
	}

	/** The text of a letter's file, a scanned PDF's read by OCR. */
	public static String text(byte[] content, String fileName, @Nullable ScannedPages scans) {
		return text(content, fileName, scans, ScannedPages.Progress.NONE);
	}

	/**
	 * The text of a letter's file, a scanned PDF's read by OCR with its pages told to
	 * {@code progress}.
	 */
	public static String text(byte[] content, String fileName, @Nullable ScannedPages scans,
			ScannedPages.Progress progress) {
		try {
			return scans == null ? DocumentText.text(content, fileName)
					: DocumentText.text(content, fileName, scans, progress);
		}
		catch (UnreadableLetter refusal) {
			throw refusal;
		}
		catch (UnreadableDocument refusal) {
			throw new UnreadableLetter(refusal.reason());
		}
	}

}
