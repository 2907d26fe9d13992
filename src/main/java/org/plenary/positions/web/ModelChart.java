package org.plenary.positions.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.plenary.positions.ModelRevisionView;
import org.plenary.positions.SeatRegion;
import org.springframework.web.util.HtmlUtils;

/**
 * Seats per region for each model, as a bar chart in SVG drawn on the server: a group of
 * bars per region, one bar per model, its number above it; readable without JavaScript,
 * with a title and description for screen readers (the table beside it has every figure).
 */
final class ModelChart {

	/** Okabe and Ito's palette, which readers with any colour vision tell apart. */
	static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9");

	private static final int WIDTH = 760;

	private static final int HEIGHT = 340;

	private static final int LEFT = 40;

	private static final int TOP = 40;

	private static final int BOTTOM = 70;

	private ModelChart() {
	}

	record Series(String name, ModelRevisionView revision) {
	}

	/** The chart; {@code regionName} names a region as the page does. */
	static String svg(String title, List<Series> series, Function<SeatRegion, String> regionName) {
		var regions = new LinkedHashSet<SeatRegion>();
		series.forEach((s) -> regions.addAll(s.revision().figures().seatsByRegion().keySet()));
		int most = 1;
		for (var s : series) {
			for (var seats : s.revision().figures().seatsByRegion().values()) {
				most = Math.max(most, seats);
			}
		}
		int scale = ((most + 1) / 2) * 2;
		double plotWidth = WIDTH - LEFT - 10;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double groupWidth = plotWidth / regions.size();
		double barWidth = Math.min(28, (groupWidth - 12) / series.size());
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">");
		svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
		var description = new ArrayList<String>();
		for (var s : series) {
			var parts = new ArrayList<String>();
			s.revision().figures().seatsByRegion().forEach((r, n) -> parts.add(regionName.apply(r) + " " + n));
			description.add(s.name() + ": " + String.join(", ", parts));
		}
		svg.append("<desc id=\"chart-desc\">").append(escape(String.join("; ", description))).append("</desc>");
		// Grid lines and the scale.
		for (int tick = 0; tick <= scale; tick += Math.max(1, scale / 4)) {
			double y = TOP + plotHeight - plotHeight * tick / scale;
			svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#cfd8e1\"/>".formatted(LEFT,
					WIDTH - 10, y, y));
			svg.append("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">%d</text>"
				.formatted(LEFT - 6, y + 4, tick));
		}
		int g = 0;
		for (var region : regions) {
			double groupX = LEFT + g * groupWidth;
			double barsWidth = barWidth * series.size();
			double x0 = groupX + (groupWidth - barsWidth) / 2;
			for (int i = 0; i < series.size(); i++) {
				int seats = series.get(i).revision().figures().seatsByRegion().getOrDefault(region, 0);
				double h = plotHeight * seats / scale;
				double x = x0 + i * barWidth;
				double y = TOP + plotHeight - h;
				svg.append(
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>"
							.formatted(x, y, barWidth - 2, h, COLOURS.get(i % COLOURS.size()),
									escape(series.get(i).name() + ", " + regionName.apply(region) + ": " + seats)));
				svg.append("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">%d</text>"
					.formatted(x + (barWidth - 2) / 2, y - 4, seats));
			}
			var name = regionName.apply(region);
			var words = name.split(" ", 2);
			svg.append("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">"
				.formatted(groupX + groupWidth / 2, TOP + plotHeight + 16));
			svg.append("<tspan>").append(escape(words[0])).append("</tspan>");
			if (words.length > 1) {
				svg.append("<tspan x=\"%.1f\" dy=\"13\">".formatted(groupX + groupWidth / 2))
					.append(escape(words[1]))
					.append("</tspan>");
			}
			svg.append("</text>");
			g++;
		}
		// Legend.
		double legendX = LEFT;
		for (int i = 0; i < series.size(); i++) {
			svg.append("<rect x=\"%.1f\" y=\"10\" width=\"12\" height=\"12\" fill=\"%s\"/>".formatted(legendX,
					COLOURS.get(i % COLOURS.size())));
			svg.append("<text x=\"%.1f\" y=\"20\" font-size=\"12\" fill=\"#111\">%s</text>".formatted(legendX + 16,
					escape(series.get(i).name())));
			legendX += 24 + 7 * series.get(i).name().length();
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
