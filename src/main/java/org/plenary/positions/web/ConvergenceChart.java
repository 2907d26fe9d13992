package org.plenary.positions.web;

import org.plenary.positions.ConvergenceMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The convergence map as SVG drawn on the server: a row per topic, a column per holder
 * (delegations in blocks by regional group), each cell coloured by the holder's stance,
 * with the topic's index at the end of its row. The tables under it say the same in
 * words, for keyboards and screen readers.
 */
final class ConvergenceChart {

	/**
	 * Okabe and Ito's palette again: a stance's colour is its place in the topic's list.
	 */
	static final java.util.List<String> STANCE_COLOURS = java.util.List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
			"#D55E00", "#56B4E9", "#F0E442", "#000000");

	private static final int LABELS = 250;

	private static final int INDEX = 70;

	private static final int ROW = 30;

	private static final int TOP = 40;

	private ConvergenceChart() {
	}

	/**
	 * The map titled in the page's language, its numbers written as the page writes them,
	 * and drawn from the right (the topics' names at the right, the indexes at the left)
	 * in a language written from right to left. Drawn at its own size (width and height),
	 * so that its words are as large as the page's small print; a page narrower than it
	 * scrolls it in its box.
	 */
	static String svg(ConvergenceMap map, Words words, java.util.Locale locale, boolean rightToLeft) {
		int columns = Math.max(1, map.columns().size());
		double cell = Math.max(5, Math.min(26, 640.0 / columns));
		double width = LABELS + cell * columns + INDEX;
		double height = TOP + ROW * map.topics().size() + 10;
		java.util.function.DoubleUnaryOperator across = (x) -> rightToLeft ? width - x : x;
		var number = java.text.NumberFormat.getNumberInstance(locale);
		number.setMinimumFractionDigits(2);
		number.setMaximumFractionDigits(2);
		var svg = new StringBuilder();
		svg.append(("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart convergence\" viewBox=\"0 0 %.0f %.0f\" "
				+ "width=\"%.0f\" height=\"%.0f\" direction=\"%s\" ")
			.formatted(width, height, width, height, rightToLeft ? "rtl" : "ltr"))
			.append("role=\"img\" aria-labelledby=\"map-title map-desc\">");
		svg.append("<title id=\"map-title\">").append(escape(words.title())).append("</title>");
		svg.append("<desc id=\"map-desc\">")
			.append(escape(map.topics()
				.stream()
				.map((t) -> (t.index() == null) ? words.say("positions.map.topicWithoutStance", t.title())
						: words.say("positions.map.topicIndex", t.title(), number.format(t.index()), t.stated()))
				.reduce((a, b) -> words.say("positions.map.topics", a, b))
				.orElse(words.say("positions.map.noTopics"))))
			.append("</desc>");
		// Regional group blocks above the columns.
		String block = null;
		int blockStart = 0;
		for (int c = 0; c <= map.columns().size(); c++) {
			String region = c < map.columns().size() ? regionOf(map.columns().get(c)) : null;
			if (c == map.columns().size() || !java.util.Objects.equals(region, block)) {
				if (block != null && c > blockStart) {
					double x1 = LABELS + blockStart * cell;
					double x2 = LABELS + c * cell;
					svg.append("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"30\" y2=\"30\" stroke=\"#444\"/>"
						.formatted(across.applyAsDouble(x1 + 1), across.applyAsDouble(x2 - 1)));
					svg.append(
							"<text x=\"%.1f\" y=\"24\" font-size=\"10\" text-anchor=\"middle\" fill=\"#111\">%s</text>"
								.formatted(across.applyAsDouble((x1 + x2) / 2),
										escape(shorten(words.regionName().apply(block), (int) ((x2 - x1) / 6)))));
				}
				block = region;
				blockStart = c;
			}
		}
		for (int t = 0; t < map.topics().size(); t++) {
			var topic = map.topics().get(t);
			double y = TOP + t * ROW;
			svg.append("<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#111\" unicode-bidi=\"plaintext\">%s</text>"
				.formatted(across.applyAsDouble(4), y + 18, escape(shorten(topic.title(), 38))));
			for (int c = 0; c < map.columns().size(); c++) {
				var holder = map.columns().get(c);
				var ordinal = topic.cells().get(holder.key());
				double x = LABELS + c * cell;
				String fill = ordinal == null ? "#ffffff" : STANCE_COLOURS.get(ordinal % STANCE_COLOURS.size());
				String stance = ordinal == null ? words.say("positions.map.noStance")
						: topic.stances().get(ordinal).label();
				svg.append("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#cfd8e1\">"
					.formatted(rightToLeft ? width - x - cell : x, y + 2, cell, ROW - 6, fill))
					.append("<title>")
					.append(escape(
							words.say("positions.map.cell", words.holderName().apply(holder), topic.title(), stance)))
					.append("</title></rect>");
			}
			svg.append("<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#111\">%s</text>".formatted(
					across.applyAsDouble(LABELS + cell * columns + 8), y + 18,
					topic.index() == null ? "—" : number.format(topic.index())));
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The map's words in the page's language: its title, the regional groups' and the
	 * holders' names, and the sentences of its cells' titles (a tooltip on hover, what a
	 * screen reader says) from the bundles' {@code positions.map.*}.
	 */
	record Words(String title, java.util.function.Function<String, String> regionName,
			java.util.function.Function<ConvergenceMap.Holder, String> holderName,
			java.util.function.BiFunction<String, Object[], String> messages) {

		String say(String code, Object... arguments) {
			return this.messages.apply(code, arguments);
		}

	}

	private static String regionOf(ConvergenceMap.Holder holder) {
		return holder.regionalGroup() == null ? "NONE" : holder.regionalGroup().name();
	}

	private static String shorten(String text, int most) {
		return text.length() <= Math.max(4, most) ? text : text.substring(0, Math.max(3, most - 1)) + "…";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
