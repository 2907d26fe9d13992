package org.plenary.process;

import java.time.LocalDate;
import java.util.List;

import org.plenary.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processes of the seed letters, loaded through the door into an empty register: the
 * IGN with its chairs for the 70th, 71st, 72nd and 79th sessions, and the Global Compact
 * for Migration with its co-facilitators. Switched off with
 * {@code PLENARY_DEMO_DATA=false}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class ProcessDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProcessDemoData.class);

	private final Processes processes;

	ProcessDemoData(Processes processes) {
		this.processes = processes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.processes.isEmpty()) {
			return;
		}
		var actor = Actor.system();
		loadIgn(actor);
		loadGlobalCompactForMigration(actor);
		log.info("Loaded the demo processes of the seed letters (IGN, GCM).");
	}

	private void loadIgn(Actor actor) {
		var ign = this.processes
			.create(new NewProcess("IGN", "Intergovernmental Negotiations on Security Council reform",
					"Intergovernmental negotiations on the question of equitable representation on and increase in the "
							+ "membership of the Security Council and other matters related to the Council, held in "
							+ "informal plenary of the General Assembly.",
					null), actor)
			.id();
		// Seeds 001 and 002 cite these decisions; the Pact for the Future is resolution
		// 79/1 (seed 003 names it).
		List.of(new MandateEntry(MandateKind.DECISION, "62/557", LocalDate.of(2008, 9, 15),
				"Question of equitable representation on and increase in the membership of the Security Council and "
						+ "related matters: the five key issues and the start of intergovernmental negotiations"),
				new MandateEntry(MandateKind.DECISION, "69/560", LocalDate.of(2015, 9, 14),
						"Continuation of the intergovernmental negotiations in the 70th session"),
				new MandateEntry(MandateKind.DECISION, "70/559", LocalDate.of(2016, 7, 27),
						"Continuation of the intergovernmental negotiations in informal plenary in the 71st session"),
				new MandateEntry(MandateKind.RESOLUTION, "79/1", LocalDate.of(2024, 9, 22), "The Pact for the Future"))
			.forEach((entry) -> this.processes.addToMandate(ign, entry, actor));
		// Seed 002 names the five clusters, in this order.
		List.of("Categories of membership", "The question of the veto", "Regional representation",
				"Size of an enlarged Council and working methods of the Council",
				"Relationship between the Council and the General Assembly")
			.forEach((cluster) -> this.processes.addTopic(ign, cluster, actor));
		List.of(new Appointment(70, "Sylvie Lucas", "Ambassador and Permanent Representative of Luxembourg",
				FacilitatorRole.CHAIR, "LUX", LocalDate.of(2015, 10, 23)),
				new Appointment(71, "Ion Jinga", "Permanent Representative of Romania", FacilitatorRole.CO_CHAIR, "ROU",
						LocalDate.of(2016, 10, 26)),
				new Appointment(71, "Mohamed Khaled Khiari", "Permanent Representative of Tunisia",
						FacilitatorRole.CO_CHAIR, "TUN", LocalDate.of(2016, 10, 26)),
				// Seed 000 gives no date of appointment for the 72nd session's Co-Chairs.
				new Appointment(72, "Kaha Imnadze", "Ambassador and Permanent Representative of Georgia",
						FacilitatorRole.CO_CHAIR, "GEO", null),
				new Appointment(72, "Lana Zaki Nusseibeh",
						"Ambassador and Permanent Representative of the United Arab Emirates", FacilitatorRole.CO_CHAIR,
						"ARE", null),
				// Seed 003's signature is cut after "Alexander": the 79th session's
				// Co-Chairs were Alexander
				// Marschik (Austria) and Tareq Albanai (Kuwait), as the President
				// announced them.
				new Appointment(79, "Alexander Marschik", "Ambassador and Permanent Representative of Austria",
						FacilitatorRole.CO_CHAIR, "AUT", null),
				new Appointment(79, "Tareq M. A. M. Albanai", "Ambassador and Permanent Representative of Kuwait",
						FacilitatorRole.CO_CHAIR, "KWT", null))
			.forEach((appointment) -> this.processes.appoint(ign, appointment, actor));
	}

	private void loadGlobalCompactForMigration(Actor actor) {
		var gcm = this.processes.create(new NewProcess("GCM", "Global Compact for Safe, Orderly and Regular Migration",
				"Intergovernmental consultations and negotiations on issues related to the Global Compact for Safe, "
						+ "Orderly and Regular Migration, the intergovernmental conference and their preparatory "
						+ "process.",
				180), actor)
			.id();
		List.of(new MandateEntry(MandateKind.RESOLUTION, "71/1", LocalDate.of(2016, 9, 19),
				"New York Declaration for Refugees and Migrants"),
				new MandateEntry(MandateKind.RESOLUTION, "71/280", LocalDate.of(2017, 4, 6),
						"Modalities for the intergovernmental negotiations of the global compact for safe, orderly "
								+ "and regular migration"))
			.forEach((entry) -> this.processes.addToMandate(gcm, entry, actor));
		this.processes.addTopic(gcm, "Preamble", actor);
		this.processes.addTopic(gcm, "Vision and guiding principles", actor);
		var objectives = List.of(
				"Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
				"Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
				"Provide accurate and timely information at all stages of migration",
				"Ensure that all migrants have proof of legal identity and adequate documentation",
				"Enhance availability and flexibility of pathways for regular migration",
				"Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
				"Address and reduce vulnerabilities in migration",
				"Save lives and establish coordinated international efforts on missing migrants",
				"Strengthen the transnational response to smuggling of migrants",
				"Prevent, combat and eradicate trafficking in persons in the context of international migration",
				"Manage borders in an integrated, secure and coordinated manner",
				"Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
				"Use migration detention only as a measure of last resort and work towards alternatives",
				"Enhance consular protection, assistance and cooperation throughout the migration cycle",
				"Provide access to basic services for migrants",
				"Empower migrants and societies to realize full inclusion and social cohesion",
				"Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
				"Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
				"Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
				"Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
				"Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
				"Establish mechanisms for the portability of social security entitlements and earned benefits",
				"Strengthen international cooperation and global partnerships for safe, orderly and regular migration");
		for (int i = 0; i < objectives.size(); i++) {
			this.processes.addTopic(gcm, "Objective %d: %s".formatted(i + 1, objectives.get(i)), actor);
		}
		this.processes.addTopic(gcm, "Implementation", actor);
		this.processes.addTopic(gcm, "Follow-up and review", actor);
		// Seed 004 names both co-facilitators; it does not give the date of their
		// appointment.
		this.processes.appoint(gcm,
				new Appointment(72, "Juan José Gómez Camacho",
						"Ambassador and Permanent Representative of Mexico to the United Nations",
						FacilitatorRole.CO_FACILITATOR, "MEX", null),
				actor);
		this.processes.appoint(gcm,
				new Appointment(72, "Jürg Lauber",
						"Ambassador and Permanent Representative of Switzerland to the United Nations",
						FacilitatorRole.CO_FACILITATOR, "CHE", null),
				actor);
	}

}
