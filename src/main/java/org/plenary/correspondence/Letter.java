package org.plenary.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Language;

/**
 * A letter and its states. Drafts change freely; a signed letter is circulated as it is;
 * a circulated letter never changes — a correction is a new letter that refers to it.
 */
@Entity
@Table(name = "correspondence_letter")
class Letter {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LetterKind kind;

	@Column(name = "process_id")
	private @Nullable UUID processId;

	/** Null for a letter of the archive whose text states no date (seed 003). */
	@Column(name = "written_on")
	private @Nullable LocalDate writtenOn;

	private @Nullable String place;

	@Column(nullable = false)
	private String addressees;

	@Column(nullable = false)
	private String salutation;

	/** "THE PRESIDENT OF THE GENERAL ASSEMBLY" above the date. */
	private boolean letterhead;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LetterStatus status;

	@Column(name = "enclosure_id")
	private @Nullable UUID enclosureId;

	@Column(name = "corrects_id")
	private @Nullable UUID correctsId;

	@Column(name = "signed_at")
	private @Nullable Instant signedAt;

	@Column(name = "circulated_at")
	private @Nullable Instant circulatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "correspondence_paragraph", joinColumns = @JoinColumn(name = "letter_id"))
	@OrderColumn(name = "position")
	@Column(name = "paragraph_text", nullable = false, length = 4000)
	private List<String> paragraphs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "correspondence_signatory", joinColumns = @JoinColumn(name = "letter_id"))
	@OrderColumn(name = "position")
	private List<Signatory> signatories = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "correspondence_reference", joinColumns = @JoinColumn(name = "letter_id"))
	@OrderColumn(name = "position")
	@AttributeOverride(name = "kind", column = @Column(name = "kind"))
	private List<Reference> references = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "correspondence_programme", joinColumns = @JoinColumn(name = "letter_id"))
	@OrderColumn(name = "position")
	@Column(name = "meeting_id", nullable = false)
	private List<UUID> programme = new ArrayList<>();

	/**
	 * The meetings of the programme as they were when the letter was circulated (JSON).
	 */
	@Column(name = "programme_as_circulated", length = 500000)
	private @Nullable String programmeAsCirculated;

	/** The language the letter was written in ({@code en}, {@code fr}...). */
	@Column(nullable = false, length = 2)
	private String language = Language.ENGLISH.tag();

	/** Its versions in other languages. */
	@ElementCollection
	@CollectionTable(name = "correspondence_letter_version", joinColumns = @JoinColumn(name = "letter_id"))
	private List<LetterTranslation> translations = new ArrayList<>();

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	@SuppressWarnings("NullAway.Init")
	protected Letter() {
	}

	Letter(LetterDraft draft) {
		this.id = UUID.randomUUID();
		this.status = LetterStatus.DRAFT;
		apply(draft);
	}

	UUID id() {
		return this.id;
	}

	LetterKind kind() {
		return this.kind;
	}

	@Nullable LocalDate writtenOn() {
		return this.writtenOn;
	}

	@Nullable UUID processId() {
		return this.processId;
	}

	LetterStatus status() {
		return this.status;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	List<UUID> programme() {
		return List.copyOf(this.programme);
	}

	void revise(LetterDraft draft) {
		if (this.status != LetterStatus.DRAFT) {
			throw new LetterClosed(this.id, this.status, LetterClosed.Action.CHANGE);
		}
		apply(draft);
	}

	void sign(Instant now) {
		if (this.status != LetterStatus.DRAFT) {
			throw new LetterClosed(this.id, this.status, LetterClosed.Action.SIGN_AGAIN);
		}
		if (this.signatories.isEmpty()) {
			throw new org.plenary.system.InvalidInput("signatories", "A letter is signed by at least one person.");
		}
		this.status = LetterStatus.SIGNED;
		this.signedAt = now;
	}

	@Nullable String programmeAsCirculated() {
		return this.programmeAsCirculated;
	}

	/**
	 * Circulates the letter, its programme standing from now on as
	 * {@code frozenProgramme} says.
	 */
	LetterCirculated circulate(Instant now, String frozenProgramme) {
		if (this.status != LetterStatus.SIGNED) {
			throw new LetterClosed(this.id, this.status, LetterClosed.Action.CIRCULATE);
		}
		this.status = LetterStatus.CIRCULATED;
		this.circulatedAt = now;
		this.programmeAsCirculated = frozenProgramme;
		return new LetterCirculated(new LetterId(this.id), this.processId, this.writtenOn, List.copyOf(this.programme));
	}

	Language language() {
		return Language.ofTag(this.language).orElse(Language.ENGLISH);
	}

	/**
	 * Adds the letter's version in another language, or replaces the one it has: only
	 * while it is a draft.
	 */
	void translate(LetterVersion version) {
		if (this.status != LetterStatus.DRAFT) {
			throw new LetterClosed(this.id, this.status, LetterClosed.Action.CHANGE);
		}
		if (version.language() == language()) {
			throw new org.plenary.system.InvalidInput("language",
					"The letter is written in this language: change the letter itself instead.");
		}
		this.translations.removeIf((t) -> t.language() == version.language());
		this.translations.add(new LetterTranslation(version));
	}

	List<LetterVersion> translations() {
		return this.translations.stream()
			.map(LetterTranslation::toVersion)
			.sorted(java.util.Comparator.comparing(LetterVersion::language))
			.toList();
	}

	void correct(UUID corrected) {
		this.correctsId = corrected;
	}

	private void apply(LetterDraft draft) {
		this.kind = draft.kind();
		this.processId = draft.process();
		this.writtenOn = draft.writtenOn();
		this.place = draft.place();
		this.addressees = draft.addressees();
		this.salutation = draft.salutation();
		this.letterhead = draft.kind().isThePresidents();
		this.enclosureId = draft.enclosure() == null ? null : draft.enclosure().value();
		this.paragraphs = new ArrayList<>(draft.paragraphs());
		this.signatories = new ArrayList<>(draft.signatories());
		this.references = new ArrayList<>(draft.references());
		this.programme = new ArrayList<>(draft.programme());
		if (draft.language() != language()) {
			this.translations.removeIf((t) -> t.language() == draft.language());
		}
		this.language = draft.language().tag();
	}

	LetterView toView(List<org.plenary.schedule.MeetingView> meetings) {
		return new LetterView(new LetterId(this.id), this.kind, this.processId, this.writtenOn, this.place,
				this.addressees, this.salutation, this.letterhead, List.copyOf(this.paragraphs),
				List.copyOf(this.signatories), List.copyOf(this.references),
				this.enclosureId == null ? null : new LetterId(this.enclosureId),
				this.correctsId == null ? null : new LetterId(this.correctsId), this.status, this.signedAt,
				this.circulatedAt, meetings, version(), language(), translations());
	}

}
