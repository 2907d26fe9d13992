package org.plenary.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date that comes in over the web, in a form, a query or a JSON body, is refused
 * outside {@link Dates}' range with the field and the reason: 400, never stored. (The
 * doors check the dates of meetings as well, whoever calls them.)
 */
@Configuration(proxyBeanMethods = false)
class DateBinding implements WebMvcConfigurer {

	/**
	 * Registered after Spring's own date formatting, so that it is tried first, for
	 * {@code @DateTimeFormat} fields and plain ones alike.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new InRange(DateTimeFormatter.ISO_LOCAL_DATE));
		registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateTimeFormat>() {
			@Override
			public Set<Class<?>> getFieldTypes() {
				return Set.of(LocalDate.class);
			}

			@Override
			public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
				return formatterFor(annotation);
			}

			@Override
			public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
				return formatterFor(annotation);
			}
		});
	}

	private static InRange formatterFor(DateTimeFormat annotation) {
		return new InRange(annotation.pattern().isEmpty() ? DateTimeFormatter.ISO_LOCAL_DATE
				: DateTimeFormatter.ofPattern(annotation.pattern()));
	}

	/** The same range for dates in JSON bodies. */
	@Bean
	SimpleModule datesInRange() {
		var module = new SimpleModule("plenary-dates");
		module.addDeserializer(LocalDate.class, new ValueDeserializer<LocalDate>() {
			@Override
			public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
				var date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
				if (!Dates.inRange(date)) {
					throw new IllegalArgumentException(Dates.OUT_OF_RANGE);
				}
				return date;
			}
		});
		return module;
	}

	private record InRange(DateTimeFormatter format) implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) {
			LocalDate date;
			try {
				date = LocalDate.parse(text.strip(), this.format);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("Give a date as year-month-day, such as 2026-03-04.", ex);
			}
			if (!Dates.inRange(date)) {
				throw new IllegalArgumentException(Dates.OUT_OF_RANGE);
			}
			return date;
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return this.format.format(date);
		}

	}

}
