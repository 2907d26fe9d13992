package org.plenary.mail;

import java.util.Locale;
import java.util.regex.Pattern;

import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;

/**
 * An e-mail address as the register keeps it: one mailbox, local part and domain, no
 * display name, no line break (so that no header can be smuggled into a message), at most
 * 254 characters (RFC 5321). The domain is kept in lower case.
 */
public record EmailAddress(String value) {

	private static final Pattern MAILBOX = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
				+ "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	public EmailAddress {
		if (value.length() > 254 || !MAILBOX.matcher(value).matches() || value.indexOf('@') > 64) {
			throw new InvalidValue("Not an e-mail address", "refusal.mail.notAnAddress");
		}
		int at = value.lastIndexOf('@');
		value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
	}

	/** Reads what a person typed; a refusal names the field. */
	static EmailAddress parse(String field, String typed) {
		var text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			throw new InvalidInput(field, "An e-mail address is required.", "refusal.mail.addressRequired");
		}
		try {
			return new EmailAddress(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(field,
					"\"%s\" is not an e-mail address (name@domain.org, at most 254 characters, no spaces)."
						.formatted(text.length() > 80 ? text.substring(0, 80) + "…" : text),
					"refusal.mail.notAnAddressGiven", text.length() > 80 ? text.substring(0, 80) + "…" : text);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
