package org.plenary.system;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A sentence a person reads, as the bundles say it: a message code of
 * {@code messages/refusals} (or another bundle), its arguments, and its English, which
 * the API answers with and which a page shows where no bundle has the code. A refusal
 * carries one; a page says it in its language ({@link #in}).
 * <p>
 * Arguments are said in the page's language too: a date as the United Nations writes it
 * in running text ({@link Language#longDate}), never as ISO; a session's {@link Ordinal};
 * another {@code Said} (a word such as a meeting's status, an action) in the same
 * language; anything else as its text.
 */
public record Said(String code, String english, Object... arguments) implements MessageSourceResolvable, Serializable {

	/**
	 * The code of a sentence that no bundle has: the English shows on every page. Only
	 * the refusals not yet moved to the bundles use it.
	 */
	public static final String ENGLISH_ONLY = "invalid";

	public Said {
		arguments = (arguments == null) ? new Object[0] : arguments.clone();
	}

	/**
	 * A sentence a page has said already in its own language (with words of its own
	 * around a refusal): shown as it is.
	 */
	public static Said asIs(String sentence) {
		return new Said(ENGLISH_ONLY, sentence);
	}

	/** The English of a message, with its arguments as English writes them. */
	public static Said of(String code, String english, Object... arguments) {
		return new Said(code, english, arguments);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return this.english;
	}

	/** The sentence in this locale's language, from these bundles. */
	public String in(@Nullable MessageSource messages, Locale locale) {
		if (messages == null) {
			return this.english;
		}
		var arguments = Arrays.stream(this.arguments)
			.map((argument) -> say(argument, messages, locale, true))
			.toArray();
		return ProperName.joinArticles(Language.of(locale),
				messages.getMessage(this.code, arguments, this.english, locale));
	}

	/**
	 * The sentence in the language of the page being written (the request's), or the
	 * English outside a request.
	 */
	public String onThisPage() {
		return in(pageMessages(), LocaleContextHolder.getLocale());
	}

	/** Puts the sentence at a form's field, for the page to say in its language. */
	public void rejectAt(Errors errors, String field) {
		errors.rejectValue(field, this.code, argumentsIn(pageMessages(), LocaleContextHolder.getLocale()),
				this.english);
	}

	/** Puts the sentence above a form, for the page to say in its language. */
	public void reject(Errors errors) {
		errors.reject(this.code, argumentsIn(pageMessages(), LocaleContextHolder.getLocale()), this.english);
	}

	/** The arguments as this locale's language writes them, for MessageFormat. */
	public Object[] argumentsIn(@Nullable MessageSource messages, Locale locale) {
		return Arrays.stream(this.arguments).map((argument) -> say(argument, messages, locale, false)).toArray();
	}

	/**
	 * A session's number as the language writes it before "session" (81st, 81e, 81º,
	 * 81-я; the number alone in Arabic and Chinese, whose messages carry it in their own
	 * words).
	 */
	public record Ordinal(int number) implements Serializable {

		@Override
		public String toString() {
			return LanguagePages.englishOrdinal(this.number);
		}

	}

	/**
	 * An argument as the language writes it; a {@link ProperName} inside a sentence this
	 * class finishes itself ({@code inSentence}) carries its article and a mark, so that
	 * {@link ProperName#joinArticles} joins the article to the word before it (del, du,
	 * au).
	 */
	static Object say(@Nullable Object argument, @Nullable MessageSource messages, Locale locale, boolean inSentence) {
		var language = Language.of(locale);
		if (argument instanceof Said said) {
			return said.in(messages, locale);
		}
		if (argument instanceof ProperName name) {
			var text = inSentence ? ProperName.MARK + name.inSentence(language) : name.in(language);
			return language.rightToLeft() ? "\u2068" + text + "\u2069" : text;
		}
		if (argument instanceof Ordinal ordinal) {
			return LanguagePages.ordinal(language, ordinal.number());
		}
		if (argument instanceof LocalDate date) {
			return language.longDate(date);
		}
		if (argument instanceof LocalDateTime moment) {
			return language.longDate(moment.toLocalDate()) + " " + TIME.format(moment);
		}
		if (argument instanceof LocalTime time) {
			return TIME.format(time);
		}
		if (argument instanceof Number number) {
			return number.toString();
		}
		var text = String.valueOf(argument);
		// In a right-to-left sentence a name, code or identifier keeps its own order
		// (00000000-0000-… is not read backwards): first-strong isolate, pop isolate.
		return language.rightToLeft() ? "\u2068" + text + "\u2069" : text;
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * The bundles of the application serving this request, if there is one (the
	 * application context is a MessageSource).
	 */
	static @Nullable MessageSource pageMessages() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			try {
				return RequestContextUtils.findWebApplicationContext(attributes.getRequest());
			}
			catch (IllegalStateException noContext) {
				return null;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return this.english;
	}

}
