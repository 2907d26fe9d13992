package org.plenary.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.plenary.PlenaryApplication;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * bench/mail: a letter circulated to every mission (193 Member States and 3 observers),
 * then a meeting added to a programme that 2,000 people subscribe to. For each: how long
 * the transaction that writes the outbox takes, and the time until the SMTP server
 * (GreenMail, in this JVM) has accepted the last message, sent by Plenary's outbox and
 * then, the same messages, by a plain JavaMail loop (one connection, one message after
 * the other). Run by bench/mail/run.sh.
 */
public final class MailBench {

	private MailBench() {
	}

	public static void main(String[] args) throws Exception {
		int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		var smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		var context = new SpringApplicationBuilder(PlenaryApplication.class).properties(
				"spring.datasource.url=jdbc:h2:mem:mail-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"server.port=0", "plenary.demo-data=false", "plenary.identity.admin-password=bench-admin-password",
				"plenary.mail.poll=PT1H", "server.tomcat.basedir=target/tomcat-bench",
				"spring.jpa.properties.hibernate.search.backend.directory.root=target/index-bench",
				"logging.level.root=WARN", "logging.structured.format.console=")
			.run();
		try {
			var admin = new Actor("bench-admin", Set.of(Grant.of(Role.ADMINISTRATOR)));
			var processes = context.getBean(Processes.class);
			var letters = context.getBean(Letters.class);
			var programme = context.getBean(Programme.class);
			var addresses = context.getBean(Addresses.class);
			var subscriptions = context.getBean(Subscriptions.class);
			var outbox = context.getBean(Outbox.class);
			var process = processes.create(new NewProcess("Bench", "A process for the mail bench", null, null), admin);
			for (int i = 0; i < subscribers; i++) {
				var person = new Actor("bench-" + i, Set.of(Grant.of(Role.OBSERVER)));
				addresses.changeOwn("bench-" + i + "@example.org", person);
				subscriptions.subscribe(process.id(), false, true, false, person);
			}
			var sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());

			// Warm-up: a small circulation, sent both ways, so that neither side pays for
			// class loading and the JIT alone.
			var warm = letter(letters, process.id().value(), admin);
			outbox.deliver(sender, "letter:" + warm, Instant.now());
			plainLoop(outbox, sender, "letter:" + warm);
			smtp.purgeEmailFromAllMailboxes();

			long start = System.nanoTime();
			var letter = letter(letters, process.id().value(), admin);
			long written = System.nanoTime();
			var letterResult = race(smtp, outbox, sender, "letter:" + letter);
			report("Letter to every mission (PDF attached)", letterResult, (written - start) / 1e6);

			start = System.nanoTime();
			var meeting = programme
				.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 3, 7)), List.of(StandardSlot.MORNING),
						null, null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null,
						true, false, null), admin)
				.meeting();
			written = System.nanoTime();
			var meetingResult = race(smtp, outbox, sender, "meeting:" + meeting.id());
			report("Meeting added, " + subscribers + " subscribers (iMIP)", meetingResult, (written - start) / 1e6);
		}
		finally {
			context.close();
			smtp.stop();
		}
	}

	private static UUID letter(Letters letters, UUID process, Actor admin) {
		var draft = letters.compose(new LetterDraft(LetterKind.FACILITATORS, process, LocalDate.of(2034, 2, 13),
				"New York", LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("We have the honour to write to you in our capacity as co-facilitators.",
						"The programme of work is as follows:", "We look forward to your active participation."),
				List.of(new Signatory("Jane Doe", "Permanent Representative", "Co-facilitator")), List.of(), null,
				List.of()), admin);
		letters.sign(draft.id(), admin);
		letters.circulate(draft.id(), admin);
		return draft.id().value();
	}

	/** Plenary's outbox, then a plain loop, over the same messages; each counted at the server. */
	private static long[] race(GreenMail smtp, Outbox outbox, JavaMailSenderImpl sender, String cause)
			throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		int count = outbox.ofCause(cause).size();
		long start = System.nanoTime();
		int sent = outbox.deliver(sender, cause, Instant.now());
		long plenary = System.nanoTime() - start;
		check(smtp, count, sent);
		smtp.purgeEmailFromAllMailboxes();
		start = System.nanoTime();
		int looped = plainLoop(outbox, sender, cause);
		long loop = System.nanoTime() - start;
		check(smtp, count, looped);
		smtp.purgeEmailFromAllMailboxes();
		return new long[] { count, plenary, loop };
	}

	/**
	 * The baseline: read the messages, write each with JavaMail and send it over one SMTP
	 * connection, one after the other. No outbox, no claims, no record of what was sent.
	 */
	static int plainLoop(Outbox outbox, JavaMailSenderImpl sender, String cause) throws Exception {
		var messages = outbox.ofCause(cause);
		var session = Session.getInstance(new Properties());
		var attachments = new HashMap<UUID, Outbox.Attachment>();
		int sent = 0;
		try (var transport = session.getTransport("smtp")) {
			transport.connect(sender.getHost(), sender.getPort(), null, null);
			for (var message : messages) {
				var mime = new MimeMessage(session);
				MimeMessages.write(mime, message, outbox.from(),
						(id) -> attachments.computeIfAbsent(id, outbox::attachmentById));
				transport.sendMessage(mime, mime.getAllRecipients());
				sent++;
			}
		}
		return sent;
	}

	private static void check(GreenMail smtp, int expected, int sent) {
		int received = smtp.getReceivedMessages().length;
		if (received != expected || sent != expected) {
			throw new IllegalStateException("Expected %d messages, sent %d, received %d".formatted(expected, sent,
					received));
		}
	}

	private static void report(String what, long[] result, double writeMs) {
		double plenary = result[1] / 1e6;
		double loop = result[2] / 1e6;
		System.out.printf("%-46s %6d msgs  outbox written in %7.0f ms  | Plenary outbox %7.0f ms (%5.0f msg/s)"
				+ "  | plain JavaMail loop %7.0f ms (%5.0f msg/s)%n", what, result[0], writeMs, plenary,
				result[0] / (plenary / 1000), loop, result[0] / (loop / 1000));
	}

}
