package org.plenary.correspondence;

/**
 * A file's text cleaned once, as the extractor reads it and as an import stores and
 * fingerprints it: typography made plain, markup and stray spaces gone (see
 * {@link CleanText}). Only cleaning makes one, so text is never cleaned twice on its way.
 */
public final class CleanedText {

	private final String text;

	private CleanedText(String text) {
		this.text = text;
	}

	/** The text cleaned. */
	public static CleanedText of(String raw) {
		return new CleanedText(CleanText.of(raw));
	}

	public String text() {
		return this.text;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
