package org.plenary.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A reason a service gives carries its message code, so that a form shows it in the
 * page's language; a reason without one shows its English.
 */
class ReasonsInEachLanguageTests {

	/** A form with a date, as a page binds it. */
	public static class Form {

		public LocalDate getDate() {
			return LocalDate.of(1900, 1, 1);
		}

	}

	@Test
	void aDateOutOfRangeIsRefusedInThePagesLanguage() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		var refusal = catchThrowableOfType(InvalidInput.class, () -> Dates.require("date", LocalDate.of(1900, 1, 1)));
		assertThat(refusal.reason()).isEqualTo(Dates.OUT_OF_RANGE);

		var errors = new BeanPropertyBindingResult(new Form(), "form");
		errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
		var error = errors.getFieldError("date");
		assertThat(messages.getMessage(error, Locale.FRENCH)).startsWith("Indiquez une date");
		assertThat(messages.getMessage(error, Locale.ENGLISH)).isEqualTo(Dates.OUT_OF_RANGE);
		assertThat(messages.getMessage(error, Language.ARABIC.pageLocale())).contains("1945");
	}

	@Test
	void aReasonWithoutACodeKeepsItsEnglish() {
		var refusal = new InvalidInput("name", "Give the name.");
		assertThat(refusal.code()).isEqualTo("invalid");
		var errors = new BeanPropertyBindingResult(new Form(), "form");
		errors.rejectValue("date", refusal.code(), refusal.arguments(), refusal.reason());
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		assertThat(messages.getMessage(errors.getFieldError("date"), Locale.FRENCH)).isEqualTo("Give the name.");
	}

}
