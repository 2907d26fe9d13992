package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

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

	/**
	 * What identifies a letter's text whatever its file: SHA-256 of its letters and
	 * digits, lower case — the same letter as text, PDF or Word has one fingerprint when
	 * their words are the same.
	 */
	String fingerprint() {
		var text = this.text;
		var kept = new StringBuilder(text.length());
		text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String text() {
		return this.text;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
