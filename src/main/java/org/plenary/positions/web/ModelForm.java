package org.plenary.positions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plenary.positions.ExistingVeto;
import org.plenary.positions.NewMembersVeto;
import org.plenary.positions.NewRevision;
import org.plenary.positions.ReElection;
import org.plenary.positions.SeatCategory;
import org.plenary.positions.SeatCount;
import org.plenary.positions.SeatRegion;
import org.plenary.system.InvalidInput;

/**
 * Reads a model's revision from the page's form: a grid of inputs named
 * {@code seat.PERMANENT.AFRICAN}, and the other fields by their API names.
 */
final class ModelForm {

	private ModelForm() {
	}

	static NewRevision revision(Map<String, String> form) {
		var seats = new ArrayList<SeatCount>();
		for (var category : SeatCategory.values()) {
			for (var region : SeatRegion.values()) {
				var value = form.get("seat." + category + "." + region);
				int count = number(value, "seat." + category + "." + region, 0);
				if (count > 0) {
					seats.add(new SeatCount(category, region, count));
				}
			}
		}
		var presented = text(form, "presentedOn");
		if (presented == null) {
			throw new InvalidInput("presentedOn", "Say on which day the model was presented.",
					"refusal.positions.presentedOn");
		}
		LocalDate presentedOn;
		try {
			presentedOn = LocalDate.parse(presented);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("presentedOn", "'%s' is not a date (yyyy-mm-dd).".formatted(presented),
					"refusal.positions.notADate", presented);
		}
		return new NewRevision(text(form, "label"), presentedOn, seats,
				choice(form, "newMembersVeto", NewMembersVeto.class, NewMembersVeto.NOT_STATED),
				choice(form, "existingVeto", ExistingVeto.class, ExistingVeto.NOT_STATED), text(form, "vetoProposals"),
				optionalNumber(form, "longerTermYears"),
				choice(form, "reElection", ReElection.class, ReElection.NOT_STATED),
				optionalNumber(form, "reviewAfterYears"), text(form, "reviewClause"),
				optionalNumber(form, "votesNeeded"), text(form, "notes"), text(form, "sources"),
				text(form, "uncertain"));
	}

	static @Nullable String text(Map<String, String> form, String name) {
		var value = form.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable Integer optionalNumber(Map<String, String> form, String name) {
		var value = text(form, name);
		return value == null ? null : number(value, name, 0);
	}

	private static int number(@Nullable String value, String field, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "'%s' is not a whole number.".formatted(value),
					"refusal.positions.notAWholeNumber", value);
		}
	}

	private static <E extends Enum<E>> E choice(Map<String, String> form, String name, Class<E> type, E otherwise) {
		var value = text(form, name);
		if (value == null) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(name, "'%s' is not one of the choices.".formatted(value),
					"refusal.positions.notAChoice", value);
		}
	}

}
