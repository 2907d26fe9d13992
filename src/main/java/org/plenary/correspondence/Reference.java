package org.plenary.correspondence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidValue;

/**
 * What a letter refers to: a decision ("62/557"), a resolution ("71/280") or an earlier
 * letter (its date, "2018-02-05").
 */
@Embeddable
public record Reference(@Enumerated(EnumType.STRING) Kind kind, @Column(name = "cited") String cited) {

	public enum Kind {

		DECISION, RESOLUTION, LETTER

	}

	public Reference {
		if (kind == Kind.LETTER && !cited.matches("\\d{4}-\\d{2}-\\d{2}")) {
			throw new InvalidValue("An earlier letter is referred to by its date, such as 2018-02-05.",
					"refusal.correspondence.referenceDate");
		}
		if (kind != Kind.LETTER && !cited.matches("\\d{1,4}(/\\d{1,4})?( ?[A-Z])?( \\([IVXL]+\\))?")) {
			throw new InvalidValue("A decision or resolution is cited by its symbol, such as 62/557.",
					"refusal.correspondence.referenceSymbol");
		}
	}

	/** The date of the earlier letter referred to; none for a decision or resolution. */
	public @Nullable LocalDate letterDate() {
		return this.kind == Kind.LETTER ? LocalDate.parse(this.cited) : null;
	}

}
