package org.plenary.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Presidents of the General Assembly the register knows, read from its own migration
 * (like {@link CountryNames}), so that a signer's name that OCR or capitals garbled
 * ("Miroslav Lajcak", "Volkan BOZKIR") is written as the register writes it: the same
 * words but for case and accents, or with one letter wrong in a word of five or more.
 */
final class SignerNames {

	static final String REGISTER = "db/migration/process/V202611252320__create_sessions.sql";

	private static final Pattern ROW = Pattern.compile("\\(\\d+, '[^']*', (?:'[^']*'|null), '((?:[^']|'')+)'");

	private static final List<String> PRESIDENTS = read();

	private SignerNames() {
	}

	private static List<String> read() {
		try (InputStream in = SignerNames.class.getClassLoader().getResourceAsStream(REGISTER)) {
			if (in == null) {
				return List.of();
			}
			var sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			var names = new ArrayList<String>();
			var rows = ROW.matcher(sql);
			while (rows.find()) {
				names.add(rows.group(1).replace("''", "'"));
			}
			return List.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Extraction.Sender> corrected(List<Extraction.Sender> senders) {
		return senders.stream().map((s) -> new Extraction.Sender(known(s.name()), s.role(), s.country())).toList();
	}

	/** The register's spelling of a name it knows, or the name as written. */
	static String known(String written) {
		var words = folded(written);
		for (var president : PRESIDENTS) {
			var known = folded(president);
			if (known.length == words.length && sameWords(known, words)) {
				return president;
			}
		}
		return written;
	}

	/**
	 * Whether two written names are one person's: the same words but for case, accents
	 * and one wrong letter in a long word ("Kaha Innadze" and "Kaha Imnadze").
	 */
	static boolean nearly(String a, String b) {
		var x = folded(a);
		var y = folded(b);
		return x.length == y.length && sameWords(x, y);
	}

	private static boolean sameWords(String[] a, String[] b) {
		for (int i = 0; i < a.length; i++) {
			if (!a[i].equals(b[i]) && !(a[i].length() >= 5 && oneLetterApart(a[i], b[i]))) {
				return false;
			}
		}
		return true;
	}

	private static boolean oneLetterApart(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i) && ++differences > 1) {
				return false;
			}
		}
		return true;
	}

	/** Lower case, without accents; the dotless ı is an i. */
	static String[] folded(String name) {
		var decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l').trim().split("[\\s.]+");
	}

}
