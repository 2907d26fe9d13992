package org.plenary.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * An intergovernmental negotiation mandated by the Assembly: the aggregate of its
 * mandate, topics, rules and facilitators. Shadows {@link java.lang.Process} inside this
 * package; elsewhere it is imported by name.
 */
@Entity
@Table(name = "process")
class Process {

	/** Seed 004: "limit their interventions to a maximum of three minutes". */
	static final int DEFAULT_INTERVENTION_LIMIT_SECONDS = 180;

	static final int DEFAULT_NOTICE_DAYS = 10;

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Column(nullable = false)
	private String name;

	private @Nullable String description;

	@Column(name = "intervention_limit_seconds")
	private int interventionLimitSeconds;

	/**
	 * Days of notice before a meeting; the programme of work warns when a meeting is
	 * announced with less.
	 */
	@Column(name = "notice_days")
	private int noticeDays = DEFAULT_NOTICE_DAYS;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "process_id", nullable = false)
	@OrderColumn(name = "position")
	private List<MandateItem> mandate = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "process_id", nullable = false)
	@OrderColumn(name = "position")
	private List<Topic> topics = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "process_id", nullable = false)
	private List<Facilitator> facilitators = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Process() {
	}

	Process(String shortName, String name, @Nullable String description, int interventionLimitSeconds) {
		this.id = UUID.randomUUID();
		this.shortName = shortName.trim();
		this.slug = slugOf(this.shortName);
		this.name = name.trim();
		this.description = description;
		setInterventionLimit(interventionLimitSeconds);
	}

	/**
	 * "IGN" → "ign", "L.69 talks" → "l-69-talks": the part of a page's address that names
	 * the process.
	 */
	static String slugOf(String shortName) {
		var slug = shortName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			throw new InvalidValue("A short name has at least one letter or digit.", "refusal.process.shortNameLetter");
		}
		return slug;
	}

	ProcessId id() {
		return new ProcessId(this.id);
	}

	String slug() {
		return this.slug;
	}

	String shortName() {
		return this.shortName;
	}

	long version() {
		return this.version;
	}

	void describe(String name, @Nullable String description, int interventionLimitSeconds) {
		this.name = name.trim();
		this.description = description;
		setInterventionLimit(interventionLimitSeconds);
	}

	void requireNotice(int days) {
		if (days < 0 || days > 90) {
			throw new InvalidValue("The notice for a meeting is between 0 and 90 days.", "refusal.process.noticeDays");
		}
		this.noticeDays = days;
	}

	private void setInterventionLimit(int seconds) {
		// Rule-of-thumb bounds: a statement is at least half a minute, and no process
		// gives a speaker an hour.
		if (seconds < 30 || seconds > 3600) {
			throw new InvalidValue("An intervention time limit is between 30 seconds and 60 minutes.",
					"refusal.process.interventionLimit");
		}
		this.interventionLimitSeconds = seconds;
	}

	void addToMandate(MandateEntry entry) {
		if (this.mandate.stream().anyMatch((m) -> m.toEntry().citation().equals(entry.citation()))) {
			throw new InvalidValue(entry.citation() + " is in the mandate already.", "refusal.process.inMandateAlready",
					entry.citation());
		}
		this.mandate.add(new MandateItem(entry));
	}

	void removeFromMandate(UUID item) {
		this.mandate.removeIf((m) -> m.id().equals(item));
	}

	Topic addTopic(String title) {
		if (this.topics.stream().anyMatch((t) -> t.title().equalsIgnoreCase(title.trim()))) {
			throw new InvalidValue("The topic \"" + title.trim() + "\" exists already.", "refusal.process.topicExists",
					title.trim());
		}
		var topic = new Topic(title);
		this.topics.add(topic);
		return topic;
	}

	boolean removeTopic(UUID topic) {
		return this.topics.removeIf((t) -> t.id().equals(topic));
	}

	Facilitator appoint(Appointment appointment) {
		if (this.facilitators.stream()
			.anyMatch((f) -> f.session() == appointment.session()
					&& f.personName().equalsIgnoreCase(appointment.personName().trim()))) {
			throw new InvalidValue(
					"%s is appointed for the %d session already.".formatted(appointment.personName().trim(),
							appointment.session()),
					"refusal.process.appointedAlready", appointment.personName().trim(), appointment.session());
		}
		var facilitator = new Facilitator(appointment);
		this.facilitators.add(facilitator);
		return facilitator;
	}

	boolean endAppointment(UUID facilitator) {
		return this.facilitators.removeIf((f) -> f.id().equals(facilitator));
	}

	ProcessView toView(java.util.function.Function<String, @Nullable String> delegationNames) {
		var facilitatorViews = this.facilitators.stream().map((f) -> {
			var a = f.toAppointment();
			return new FacilitatorView(f.id(), a.session(), a.personName(), a.title(), a.role(), a.delegation(),
					a.delegation() == null ? null : delegationNames.apply(a.delegation()), a.appointedOn());
		})
			.sorted(java.util.Comparator.comparing(FacilitatorView::session)
				.reversed()
				.thenComparing(FacilitatorView::personName))
			.toList();
		return new ProcessView(id(), this.slug, this.shortName, this.name, this.description,
				this.interventionLimitSeconds, this.noticeDays,
				this.mandate.stream().map(MandateItem::toEntry).toList(),
				this.topics.stream().map(Topic::toView).toList(), facilitatorViews, this.version);
	}

}
