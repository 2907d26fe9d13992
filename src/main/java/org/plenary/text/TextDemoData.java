package org.plenary.text;

import java.time.LocalDate;
import java.util.Set;

import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.process.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Global Compact's text for the demo: the zero draft's structure (preamble, vision
 * and guiding principles, objectives 1 to 23, implementation, follow-up and review) with
 * short paragraphs written for the demo — the title and each paragraph say so — a few
 * amendments from delegations and groups, and a Rev.1 prepared from the accepted ones.
 * Seed 004: the zero draft was presented on 5 February 2018.
 */
@Component
@Order(43)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class TextDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TextDemoData.class);

	private final NegotiatedTexts texts;

	private final NegotiatedTextRepository repository;

	private final Processes processes;

	TextDemoData(NegotiatedTexts texts, NegotiatedTextRepository repository, Processes processes) {
		this.texts = texts;
		this.repository = repository;
		this.processes = processes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.repository.count() > 0) {
			return;
		}
		var gcm = this.processes.processes().stream().filter((p) -> p.shortName().equals("GCM")).findFirst();
		if (gcm.isEmpty()) {
			return;
		}
		var process = gcm.get();
		var chairs = Actor.system();
		var text = this.texts.create(process.id(), "Global compact for safe, orderly and regular migration (demo text)",
				null, chairs);
		var plain = new StringBuilder();
		plain.append("Preamble\n");
		plain.append("We, the Heads of State and Government, have met at United Nations Headquarters (demo text).\n");
		plain.append("Recalling the New York Declaration for Refugees and Migrants (demo text),\n");
		plain.append("Vision and guiding principles\n");
		plain.append("1. This compact expresses our collective commitment to improving cooperation on international "
				+ "migration (demo text).\n");
		plain.append("2. The compact rests on international cooperation, national sovereignty and the rule of law "
				+ "(demo text).\n");
		for (var topic : process.topics()) {
			if (!topic.title().startsWith("Objective")) {
				continue;
			}
			plain.append(topic.title()).append('\n');
			var what = topic.title().substring(topic.title().indexOf(':') + 1).strip();
			plain.append("1. We commit to ")
				.append(Character.toLowerCase(what.charAt(0)))
				.append(what.substring(1))
				.append(" (demo text).\n");
		}
		plain.append("Implementation\n");
		plain.append("1. We will implement the global compact through enhanced cooperation (demo text).\n");
		plain.append("(a) A capacity-building mechanism within the United Nations (demo text);\n");
		plain.append("(b) A global knowledge platform (demo text);\n");
		plain.append("Follow-up and review\n");
		plain.append("1. We will review the progress made at the International Migration Review Forum (demo text).\n");
		var zero = this.texts.importRevision(text.id(), null, plain.toString(), false, chairs);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), chairs);
		var vision = zero.paragraphs().stream().filter((p) -> p.number().equals("2.")).findFirst().orElseThrow();
		var review = zero.paragraphs().get(zero.paragraphs().size() - 1);
		var platform = zero.paragraphs()
			.stream()
			.filter((p) -> p.text().startsWith("A global knowledge platform"))
			.findFirst()
			.orElseThrow();
		var mexico = this.texts.table(zero.id(), new TableAmendment(vision.lineage(), AmendmentKind.INSERT_WORDS, null,
				"national sovereignty", ", shared responsibility", null, "Demo: a balance of principles.", "MEX"),
				delegate("MEX"));
		this.texts.back(mexico.id(), "CHL", Stance.CO_SPONSOR, delegate("CHL"));
		this.texts.back(mexico.id(), "L.69", Stance.SUPPORT, delegate("VCT"));
		var africa = this.texts.table(zero.id(),
				new TableAmendment(review.lineage(), AmendmentKind.REPLACE_WORDS, "the progress made", null,
						"the progress made at the local, national, regional and global levels", null, "Demo.", "C-10"),
				delegate("SLE"));
		var hungary = this.texts.table(zero.id(), new TableAmendment(platform.lineage(), AmendmentKind.DELETE_PARAGRAPH,
				null, null, null, null, "Demo.", "HUN"), delegate("HUN"));
		this.texts.back(hungary.id(), "MEX", Stance.OPPOSE, delegate("MEX"));
		this.texts.place(mexico.id(), AmendmentStatus.ACCEPTED, "Demo: agreed in the second round.", chairs);
		this.texts.place(africa.id(), AmendmentStatus.ACCEPTED, "Demo: agreed in the second round.", chairs);
		this.texts.place(hungary.id(), AmendmentStatus.NOT_RETAINED, "Demo: no support beyond the proposer.", chairs);
		var rev1 = this.texts.prepareNext(text.id(), null, chairs);
		this.texts.issue(rev1.id(), LocalDate.of(2018, 3, 5), chairs);
		var first = rev1.paragraphs().stream().filter((p) -> p.number().equals("1.")).findFirst().orElseThrow();
		var switzerland = this.texts.table(rev1.id(), new TableAmendment(first.lineage(), AmendmentKind.REPLACE_WORDS,
				"improving cooperation", null, "improving and strengthening cooperation", null, "Demo.", "CHE"),
				delegate("CHE"));
		this.texts.back(switzerland.id(), "USA", Stance.OPPOSE, delegate("USA"));
		this.texts.table(rev1.id(), new TableAmendment(first.lineage(), AmendmentKind.DELETE_WORDS, "collective ", null,
				null, null, "Demo.", "HUN"), delegate("HUN"));
		log.info("Loaded the demo negotiated text of the Global Compact (zero draft, Rev.1, amendments).");
	}

	private static Actor delegate(String code) {
		return new Actor("demo-" + code.toLowerCase(), Set.of(Grant.delegateOf(code)));
	}

}
