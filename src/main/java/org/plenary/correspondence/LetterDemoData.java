package org.plenary.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.plenary.identity.Actor;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of the fifth seed, as the Global Compact's co-facilitators and the
 * President wrote them in February 2018: the co-facilitators' letter with the programme
 * of the first round, and the President's letter transmitting it. Loaded through the
 * door, signed and circulated, when there are no letters.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class LetterDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LetterDemoData.class);

	private final Letters letters;

	private final LetterRepository repository;

	private final Processes processes;

	private final Programme programme;

	private final LetterExtractor extractor;

	private final ImportConfirmation imports;

	/**
	 * Seed 003 is a fragment: no date, no salutation, a signature cut after "Alexander".
	 */
	private static final List<String> SEEDS = List.of("000_7fe24c4cba9f33ed", "001_cfcaa1c9d0e21b1b",
			"002_c68e2c39948bf4b6", "003_5c0690904785c5d7");

	LetterDemoData(Letters letters, LetterRepository repository, Processes processes, Programme programme,
			LetterExtractor extractor, ImportConfirmation imports) {
		this.extractor = extractor;
		this.imports = imports;
		this.letters = letters;
		this.repository = repository;
		this.processes = processes;
		this.programme = programme;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.repository.count() > 0) {
			return;
		}
		this.processes.processes().stream().filter((p) -> p.slug().equals("gcm")).findFirst().ifPresent(this::load);
		for (var seed : SEEDS) {
			try {
				loadSeed(seed);
			}
			catch (RuntimeException ex) {
				log.warn("Could not load the demo letters of {}: {}", seed, ex.getMessage());
			}
		}
	}

	/**
	 * Seeds 000–003, imported as a person would import them after reviewing what the
	 * extractor found: the letters of the file (a cover letter and its enclosure) in the
	 * archive, the meetings they announce found on the programme, the text's fingerprint
	 * kept so that importing the seed again adds nothing.
	 */
	private void loadSeed(String name) {
		var text = CleanedText.of(seedText(name).replace("\r", ""));
		var extraction = this.extractor.extract(text);
		var process = this.imports.suggestedProcess(extraction).orElseGet(() -> this.processes.process("ign"));
		// The demo programme holds these seeds' meetings already, with more detail than
		// the
		// letters give: the reviewer keeps the meetings found there and leaves out the
		// rest (seed 003's General Assembly debate of 11 November is not an IGN meeting).
		var planned = this.programme.meetingsOf(process.id())
			.stream()
			.map((m) -> m.slot().heldOn())
			.collect(java.util.stream.Collectors.toSet());
		var read = ImportReview.of(extraction, process.id().value());
		var review = new ImportReview(read.process(), null, read.date(), read.senders(), read.addressees(),
				read.references(), read.meetings().stream().filter((m) -> planned.contains(m.date())).toList());
		this.imports.store(text.text(), review, process, name + ".txt", text.fingerprint(), Actor.system());
	}

	private static String seedText(String name) {
		try {
			return new ClassPathResource("demo/letters/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void load(ProcessView gcm) {
		var actor = Actor.system();
		var firstRound = this.programme.meetingsOf(gcm.id())
			.stream()
			.filter((m) -> !m.slot().heldOn().isBefore(LocalDate.of(2018, 2, 20))
					&& !m.slot().heldOn().isAfter(LocalDate.of(2018, 2, 23)))
			.map((m) -> m.id().value())
			.toList();
		var cofacilitators = this.letters.compose(new LetterDraft(LetterKind.FACILITATORS, gcm.id().value(),
				LocalDate.of(2018, 2, 13), "New York", LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("We are pleased to write to you in our capacity as co-facilitators to lead the intergovernmental "
						+ "consultations and negotiations on issues related to the Global Compact for Safe, Orderly and "
						+ "Regular Migration, the intergovernmental conference, as well as their preparatory process.",
						"Further to the recent presentation of the zero draft on 5 February, we have the honour to inform "
								+ "you of the programme of work for the first round of negotiations, which will take place at "
								+ "United Nations Headquarters in New York on 20, 22 and 23 February.",
						"We kindly ask that all delegations limit their interventions to a maximum of three minutes. "
								+ "The segments for intergovernmental negotiations are as follows:",
						"We look forward to the active and continued participation of all delegations and remain "
								+ "available to answer any questions."),
				List.of(new Signatory("Juan José Gómez Camacho",
						"Ambassador and Permanent Representative of Mexico to the United Nations", "Co-facilitator"),
						new Signatory("Jürg Lauber",
								"Ambassador and Permanent Representative of Switzerland to the United Nations",
								"Co-facilitator")),
				List.of(), null, firstRound), actor);
		this.letters.sign(cofacilitators.id(), actor);
		this.letters.circulate(cofacilitators.id(), actor);
		var transmittal = this.letters.compose(new LetterDraft(LetterKind.TRANSMITTAL, gcm.id().value(),
				LocalDate.of(2018, 2, 15), null, LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("Further to my letter dated 5 February 2018 concerning the presentation of the zero draft of the "
						+ "global compact for safe, orderly and regular migration, I have the honour to enclose herewith "
						+ "a letter from the co-facilitators to lead the intergovernmental consultations and negotiations "
						+ "on issues related to the Global Compact for Safe, Orderly and Regular Migration, the "
						+ "Intergovernmental Conference, as well as their preparatory process, His Excellency Mr. Juan "
						+ "José Gómez Camacho, Ambassador and Permanent Representative of Mexico and His Excellency Mr. "
						+ "Jürg Lauber, Ambassador and Permanent Representative of Switzerland.",
						"The co-facilitators' letter informs of the programme of work for the first round of "
								+ "negotiations which begins on 20 February 2018."),
				List.of(new Signatory("Miroslav Lajčák", null, null)),
				List.of(new Reference(Reference.Kind.LETTER, "2018-02-05")), cofacilitators.id(), List.of()), actor);
		this.letters.sign(transmittal.id(), actor);
		this.letters.circulate(transmittal.id(), actor);
		log.info("Loaded the letters of the Global Compact's first round (February 2018).");
	}

}
