package org.plenary.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.facilitatorOf;

/**
 * Circulation through a real SMTP server (GreenMail): what a mission receives, read back
 * with its attachment opened; and a mail server that goes away in the middle.
 */
@PlenaryIntegrationTest
class MailCirculationTests {

	@Autowired
	Letters letters;

	@Autowired
	Processes processes;

	@Autowired
	Outbox outbox;

	@Autowired
	Addresses addresses;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	JdbcClient jdbc;

	GreenMail smtp;

	@BeforeEach
	void startTheMailServer() {
		this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stopTheMailServer() {
		this.smtp.stop();
	}

	@Test
	void everyMissionReceivesTheLetterWithItsSignedPdfAndTheTextInTheBody() throws Exception {
		var process = aNewProcess();
		var reader = new Actor("mail-reader-" + UUID.randomUUID().toString().substring(0, 8),
				Set.of(Grant.delegateOf("MEX")));
		this.addresses.changeOwn(reader.username() + "@example.org", reader);
		this.subscriptions.subscribe(process.id(), true, false, false, reader);
		var letter = circulate(process, "The <b>informal</b> meeting will take place & be held.");

		var delivery = this.outbox.delivery("letter:" + letter.id());
		assertThat(delivery.queued()).as("193 Member States, 2 observer States, the EU, one subscriber").isEqualTo(197);
		assertThat(this.outbox.deliver(sender(), "letter:" + letter.id(), Instant.now())).isEqualTo(197);
		assertThat(this.outbox.delivery("letter:" + letter.id())).isEqualTo(new Delivery(0, 197, 0));

		var received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(197);
		var mexico = only(received, "pm.mex@example.org");
		assertThat(mexico.getSubject()).startsWith(process.shortName() + ": Letter of New York, 13 February 2034");
		assertThat(mexico.getFrom()[0].toString()).contains("plenary@example.org");
		assertThat(mexico.getHeader("To")[0]).contains("Permanent Mission of Mexico");
		var parts = (Multipart) mexico.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/mixed");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("Excellency,")
			.contains("The <b>informal</b> meeting will take place & be held.")
			.contains("Jürg Lauber");
		var pdf = parts.getBodyPart(1);
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(pdf.getFileName()).isEqualTo("letter-2034-02-13.pdf");
		try (var document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Excellency")
				.contains("The <b>informal</b> meeting will take place & be held.")
				.contains("Jürg Lauber");
		}
		assertThat(only(received, reader.username() + "@example.org").getSubject()).isEqualTo(mexico.getSubject());
		assertThat(only(received, "pm.vat@example.org").getHeader("To")[0]).contains("Holy See");
	}

	@Test
	void aLettersPdfIsRenderedWhenItsMessagesAreFirstSentThenKept() throws Exception {
		var process = aNewProcess();
		var letter = circulate(process, "Rendered when first needed.");
		var attachment = this.jdbc.sql("select distinct attachment_id from mail_outbox where cause = :cause")
			.param("cause", "letter:" + letter.id())
			.query(UUID.class)
			.single();
		assertThat(storedPdf(attachment)).as("not rendered in the circulation's transaction").isNull();

		this.outbox.deliver(sender(), "letter:" + letter.id(), Instant.now());

		var stored = storedPdf(attachment);
		assertThat(new String(stored, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		var sent = ((Multipart) only(this.smtp.getReceivedMessages(), "pm.mex@example.org").getContent())
			.getBodyPart(1);
		assertThat(sent.getInputStream().readAllBytes()).as("every mission gets the bytes kept").isEqualTo(stored);
		try (var document = Loader.loadPDF(stored)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Rendered when first needed.");
		}
	}

	private byte[] storedPdf(UUID attachment) {
		return this.jdbc.sql("select content from mail_attachment where id = :id")
			.param("id", attachment)
			.query((rs, n) -> rs.getBytes(1))
			.list()
			.get(0);
	}

	@Test
	void aLetterToThePermanentRepresentativesOnlyGoesToTheMemberStates() {
		var process = aNewProcess();
		var draft = draft(process, "Only the Member States.",
				"All Permanent Representatives to the United Nations, New York");
		var letter = this.letters.circulate(sign(draft, process), facilitatorOf(process.id().value()));

		assertThat(this.outbox.delivery("letter:" + letter.id()).queued()).isEqualTo(193);
	}

	@Test
	void aMailServerThatGoesAwayMidCirculationLosesNothingAndSendsNothingTwice() throws Exception {
		var process = aNewProcess();
		var letter = circulate(process, "Sent while the mail server goes away.");
		var cause = "letter:" + letter.id();
		try (var line = new SmtpLine(this.smtp.getSmtp().getPort())) {
			var cutter = new Thread(() -> {
				var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (this.smtp.getReceivedMessages().length < 40 && System.nanoTime() < deadline) {
					try {
						Thread.sleep(2);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				try {
					line.refuse();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			cutter.start();
			var sender = sender();
			sender.setPort(line.port());
			var sentBefore = this.outbox.deliver(sender, cause, Instant.now());
			cutter.join(60_000);

			var waiting = this.outbox.delivery(cause);
			assertThat(sentBefore).isBetween(40, 195);
			assertThat(waiting.sent()).isEqualTo(sentBefore);
			assertThat(waiting.queued()).isEqualTo(196 - sentBefore);
			assertThat(this.outbox.messages(OutboxStatus.QUEUED, 1000, administrator())
				.stream()
				.filter((m) -> m.cause().equals(cause))
				.allMatch((m) -> m.attempts() == 1 && m.lastError() != null)).isTrue();
			assertThat(this.outbox.deliver(sender, cause, Instant.now()))
				.as("nothing is due before its backoff has passed")
				.isZero();

			line.mend();
			var sentAfter = this.outbox.deliver(sender, cause, Instant.now().plus(Duration.ofHours(2)));

			assertThat(sentBefore + sentAfter).isEqualTo(196);
			assertThat(this.outbox.delivery(cause)).isEqualTo(new Delivery(0, 196, 0));
			var everyone = addressesOf(this.smtp.getReceivedMessages());
			assertThat(everyone).hasSize(196);
			assertThat(everyone.values()).allMatch((count) -> count == 1);
		}
	}

	@Test
	void twoInstancesSendingAtOnceSendEachMessageOnce() throws Exception {
		var process = aNewProcess();
		var letter = circulate(process, "Sent by two workers at once.");
		var cause = "letter:" + letter.id();
		var counts = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
		var workers = List.of(new Thread(() -> counts.add(this.outbox.deliver(sender(), cause, Instant.now()))),
				new Thread(() -> counts.add(this.outbox.deliver(sender(), cause, Instant.now()))));
		workers.forEach(Thread::start);
		for (var worker : workers) {
			worker.join(120_000);
		}

		assertThat(counts).hasSize(2);
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(196);
		var everyone = addressesOf(this.smtp.getReceivedMessages());
		assertThat(everyone).hasSize(196);
		assertThat(everyone.values()).allMatch((count) -> count == 1);
	}

	private Map<String, Integer> addressesOf(MimeMessage[] messages) throws Exception {
		var counts = new HashMap<String, Integer>();
		for (var message : messages) {
			counts.merge(message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""), 1, Integer::sum);
		}
		return counts;
	}

	private static MimeMessage only(MimeMessage[] messages, String address) throws Exception {
		MimeMessage found = null;
		for (var message : messages) {
			if (message.getAllRecipients()[0].toString().contains("<" + address + ">")) {
				assertThat(found).as("one message to " + address).isNull();
				found = message;
			}
		}
		assertThat(found).as("a message to " + address).isNotNull();
		return found;
	}

	JavaMailSenderImpl sender() {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(this.smtp.getSmtp().getPort());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

	private LetterView circulate(ProcessView process, String paragraph) {
		var draft = draft(process, paragraph, LetterDraft.ALL_PERMANENT_REPRESENTATIVES);
		return this.letters.circulate(sign(draft, process), facilitatorOf(process.id().value()));
	}

	private org.plenary.correspondence.LetterId sign(LetterDraft draft, ProcessView process) {
		var facilitator = facilitatorOf(process.id().value());
		var composed = this.letters.compose(draft, facilitator);
		this.letters.sign(composed.id(), facilitator);
		return composed.id();
	}

	private static LetterDraft draft(ProcessView process, String paragraph, String addressees) {
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), "New York",
				addressees, "Excellency,", List.of(paragraph, "We look forward to your active participation."),
				List.of(new Signatory("Jürg Lauber", "Permanent Representative of Switzerland", "Co-facilitator")),
				List.of(), null, List.of());
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("M" + UUID.randomUUID().toString().substring(0, 6), "A process for mail", null, null),
				administrator());
	}

}
