package org.plenary.system;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of CSV (RFC 4180) that a spreadsheet opens as text. A cell that a spreadsheet
 * would take for a formula (one beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is written with a leading apostrophe, as OWASP
 * recommends, so that a name or a note a delegation typed cannot run as a formula on the
 * secretariat's computer; a plain number, negative or not, stays a number.
 */
public final class Csv {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private Csv() {
	}

	/** One line, ended by CRLF. */
	public static String line(List<String> cells) {
		var line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** One cell: neutralised if it could be a formula, quoted where it must be. */
	public static String cell(String value) {
		var text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
			text = "'" + text;
		}
		var needsQuotes = text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || text.startsWith("'");
		return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
