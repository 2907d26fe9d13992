package org.plenary.mail;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to write in the outbox: what caused it ("letter:…", "meeting:…"), to whom,
 * its subject and plain text; an iCalendar invitation and its method (REQUEST, CANCEL)
 * for a meeting; an attachment stored once for all the messages that carry it.
 */
record NewMessage(String cause, EmailAddress recipient, String recipientName, String subject, String body,
		@Nullable String calendar, @Nullable String calendarMethod, @Nullable UUID attachment) {

	static NewMessage text(String cause, EmailAddress recipient, String recipientName, String subject, String body) {
		return new NewMessage(cause, recipient, recipientName, subject, body, null, null, null);
	}

}
