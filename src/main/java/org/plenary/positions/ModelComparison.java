package org.plenary.positions;

import java.util.List;

/**
 * Two to five models side by side: each column's heading and revision, and the rows a
 * page, a PDF and a CSV show alike — each value as written, with whether it differs from
 * the first column's.
 */
public record ModelComparison(List<Column> columns, List<Row> rows) {

	public ModelComparison {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * A compared model: its heading ("G4, revision 2"), who submitted it and its figures.
	 */
	public record Column(ModelChoice choice, String heading, String submitter, ModelRevisionView revision) {
	}

	/**
	 * A row: its label's message key and argument (a region, a category), the values and,
	 * per value, whether it differs from the first column's.
	 */
	public record Row(String key, String argument, List<String> values, List<Boolean> differs) {

		public Row {
			values = List.copyOf(values);
			differs = List.copyOf(differs);
		}

		public boolean anyDiffers() {
			return this.differs.contains(Boolean.TRUE);
		}

	}

}
