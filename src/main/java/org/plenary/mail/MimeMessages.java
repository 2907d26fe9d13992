package org.plenary.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import java.util.function.Function;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * A message of the outbox as the mail server receives it. A letter: multipart/mixed with
 * the text and the signed PDF. An invitation (iMIP, RFC 6047): multipart/alternative with
 * the text and the text/calendar part whose method is the iTIP method. Otherwise plain
 * text. The Message-ID is the outbox row's, the same on every attempt, so that a message
 * accepted twice (the server answered after the connection broke) is one message in the
 * mission's mailbox.
 */
final class MimeMessages {

	private MimeMessages() {
	}

	static void write(MimeMessage mime, OutboxMessage message, InternetAddress from,
			Function<UUID, Outbox.Attachment> attachments) throws MessagingException {
		mime.setFrom(from);
		mime.setRecipient(jakarta.mail.Message.RecipientType.TO, to(message));
		mime.setSubject(message.subject(), "UTF-8");
		mime.setSentDate(Date.from(message.createdAt()));
		var text = new MimeBodyPart();
		text.setText(message.body(), "UTF-8", "plain");
		if (message.calendar() != null && message.calendarMethod() != null) {
			var alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(text);
			var calendar = new MimeBodyPart();
			calendar.setDataHandler(
					new DataHandler(new ByteArrayDataSource(message.calendar().getBytes(StandardCharsets.UTF_8),
							"text/calendar; charset=UTF-8; method=" + message.calendarMethod())));
			calendar.setHeader("Content-Transfer-Encoding", "quoted-printable");
			alternative.addBodyPart(calendar);
			mime.setContent(alternative);
		}
		else if (message.attachment() != null) {
			var mixed = new MimeMultipart("mixed");
			mixed.addBodyPart(text);
			UUID next = message.attachment();
			for (int files = 0; next != null && files < 10; files++) {
				var attachment = attachments.apply(next);
				var file = new MimeBodyPart();
				file.setDataHandler(
						new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
				file.setFileName(attachment.filename());
				file.setDisposition(MimeBodyPart.ATTACHMENT);
				mixed.addBodyPart(file);
				next = attachment.next();
			}
			mime.setContent(mixed);
		}
		else {
			mime.setText(message.body(), "UTF-8", "plain");
		}
		mime.saveChanges();
		mime.setHeader("Message-ID", "<" + message.id() + "@plenary>");
	}

	private static InternetAddress to(OutboxMessage message) throws MessagingException {
		try {
			return new InternetAddress(message.recipient(), message.recipientName(), "UTF-8");
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8", ex);
		}
	}

}
