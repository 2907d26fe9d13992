package org.plenary.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page's action that cannot be undone, or not easily: it runs only when the form says
 * {@code confirmed=true}. Without it the person sees a page that asks the question and
 * names the consequence ({@code confirm.<value>.question}, {@code .consequence},
 * {@code .button} in the messages), with the same form to send again; with JavaScript,
 * the button's form asks in a dialog first ({@code data-confirm}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Confirms {

	/** The name of the question in the messages: confirm.{value}.question. */
	String value();

}
