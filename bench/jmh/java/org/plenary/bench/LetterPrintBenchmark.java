package org.plenary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterStatus;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Reference;
import org.plenary.correspondence.Signatory;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.process.ProcessId;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.MeetingStatus;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Slot;
import org.plenary.schedule.VenueId;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Milliseconds to print the fifth seed — the President's cover letter and the
 * co-facilitators' letter with the first round's table (six meetings) — as PDF and as
 * DOCX. The setup writes the same DOCX to target/bench-letter.docx for bench/letters/run.sh
 * to convert with LibreOffice, the baseline (issue #5 asks for at least 20 times faster).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class LetterPrintBenchmark {

	private LetterPrint print;

	private List<LetterView> letters;

	@Setup
	public void composeTheFifthSeed() throws IOException {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		this.print = new LetterPrint(engine);
		this.letters = fifthSeed();
		Files.write(Path.of("target", "bench-letter.docx"), this.print.docx(this.letters));
	}

	@Benchmark
	public byte[] pdf() {
		return this.print.pdf(this.letters);
	}

	@Benchmark
	public byte[] docx() {
		return this.print.docx(this.letters);
	}

	static List<LetterView> fifthSeed() {
		var process = new ProcessId(UUID.randomUUID());
		var name = new MeetingView.ProcessName("GCM", "Global Compact for Safe, Orderly and Regular Migration", "gcm");
		var meetings = new ArrayList<MeetingView>();
		String[][] rows = { { "2018-02-20", "10", "Preamble; Vision and guiding principles; General statements",
				"Trusteeship Council Chamber" }, { "2018-02-20", "15", "Objectives 1-6", "Trusteeship Council Chamber" },
				{ "2018-02-22", "10", "Objectives 7-12", "Conference Room 4" },
				{ "2018-02-22", "15", "Objectives 13-17", "Conference Room 4" },
				{ "2018-02-23", "10", "Objectives 18-22", "ECOSOC Chamber" },
				{ "2018-02-23", "15", "Implementation; Follow-up and review", "ECOSOC Chamber" } };
		for (var row : rows) {
			var starts = LocalTime.of(Integer.parseInt(row[1]), 0);
			meetings.add(new MeetingView(new MeetingId(UUID.randomUUID()), process, name, "round of negotiations",
					new Slot(LocalDate.parse(row[0]), starts, starts.plusHours(3)), new VenueId(UUID.randomUUID()),
					row[3], MeetingMode.IN_PERSON, List.of(), row[2], MeetingStatus.HELD, null, null, null, true, 0,
					Instant.EPOCH, Instant.EPOCH, 0));
		}
		var enclosed = new LetterView(new LetterId(UUID.randomUUID()), LetterKind.FACILITATORS, process.value(),
				LocalDate.of(2018, 2, 13), "New York", LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", false,
				List.of("We are pleased to write to you in our capacity as co-facilitators to lead the "
						+ "intergovernmental consultations and negotiations on issues related to the Global Compact "
						+ "for Safe, Orderly and Regular Migration, the intergovernmental conference, as well as "
						+ "their preparatory process.",
						"Further to the recent presentation of the zero draft on 5 February, we have the honour to "
								+ "inform you of the programme of work for the first round of negotiations, which will "
								+ "take place at United Nations Headquarters in New York on 20, 22 and 23 February.",
						"We kindly ask that all delegations limit their interventions to a maximum of three minutes. "
								+ "The segments for intergovernmental negotiations are as follows:",
						"We look forward to the active and continued participation of all delegations and remain "
								+ "available to answer any questions."),
				List.of(new Signatory("Juan José Gómez Camacho",
						"Ambassador and Permanent Representative of Mexico to the United Nations", "Co-facilitator"),
						new Signatory("Jürg Lauber",
								"Ambassador and Permanent Representative of Switzerland to the United Nations",
								"Co-facilitator")),
				List.of(), null, null, LetterStatus.CIRCULATED, Instant.EPOCH, Instant.EPOCH, meetings, 1);
		var cover = new LetterView(new LetterId(UUID.randomUUID()), LetterKind.TRANSMITTAL, process.value(),
				LocalDate.of(2018, 2, 15), null, LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", true,
				List.of("Further to my letter dated 5 February 2018 concerning the presentation of the zero draft of "
						+ "the global compact for safe, orderly and regular migration, I have the honour to enclose "
						+ "herewith a letter from the co-facilitators.",
						"The co-facilitators' letter informs of the programme of work for the first round of "
								+ "negotiations which begins on 20 February 2018."),
				List.of(new Signatory("Miroslav Lajčák", null, null)),
				List.of(new Reference(Reference.Kind.LETTER, "2018-02-05")), enclosed.id(), null,
				LetterStatus.CIRCULATED, Instant.EPOCH, Instant.EPOCH, List.of(), 1);
		return List.of(cover, enclosed);
	}

}
