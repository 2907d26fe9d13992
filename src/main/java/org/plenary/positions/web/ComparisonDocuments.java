package org.plenary.positions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plenary.positions.ModelComparison;
import org.plenary.positions.SeatRegion;
import org.plenary.system.Pdf;
import org.plenary.system.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A comparison of models as the page, the PDF and the CSV show it: the same rows, each
 * with its label in words.
 */
@Component
class ComparisonDocuments {

	private final MessageSource messages;

	private final TemplateEngine templates;

	ComparisonDocuments(MessageSource messages, TemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	record Line(String label, ModelComparison.Row row) {
	}

	List<Line> lines(ModelComparison comparison, Locale locale) {
		return comparison.rows()
			.stream()
			.map((row) -> new Line(this.messages.getMessage(row.key(),
					new Object[] {
							row.argument().isEmpty() ? "" : this.messages.getMessage(row.argument(), null, locale) },
					locale), row))
			.toList();
	}

	String region(SeatRegion region, Locale locale) {
		return this.messages.getMessage("models.region." + region, null, locale);
	}

	String chart(ModelComparison comparison, Locale locale) {
		var series = comparison.columns()
			.stream()
			.map((c) -> new ModelChart.Series(c.heading(), c.revision()))
			.toList();
		return ModelChart.svg(this.messages.getMessage("models.chart.title", null, locale), series,
				(r) -> region(r, locale));
	}

	/** RFC 4180: a header of the models, then a line per row; no cell a formula. */
	String csv(ModelComparison comparison, Locale locale) {
		var out = new StringBuilder();
		var header = new ArrayList<String>();
		header.add("");
		comparison.columns().forEach((c) -> header.add(c.heading()));
		out.append(csvLine(header));
		for (var line : lines(comparison, locale)) {
			var cells = new ArrayList<String>();
			cells.add(line.label());
			cells.addAll(line.row().values());
			out.append(csvLine(cells));
		}
		return out.toString();
	}

	byte[] pdf(ModelComparison comparison, Locale locale) {
		var context = new Context(locale);
		context.setVariable("comparison", comparison);
		context.setVariable("lines", lines(comparison, locale));
		return Pdf.render(this.templates.process("positions/print/compare", context));
	}

	private static String csvLine(List<String> cells) {
		return Csv.line(cells);
	}

}
