package org.plenary.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Language;
import org.plenary.system.Said;
import org.springframework.http.HttpStatus;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A revision of a negotiated text: the zero draft (0), Rev.1, Rev.2 … or the final text.
 * A draft the facilitators prepare, then issued and never changed.
 */
@Entity
@Table(name = "text_revision")
class TextRevision {

	enum Status {

		DRAFT, ISSUED

	}

	@Id
	private UUID id;

	@Column(name = "text_id", nullable = false)
	private UUID textId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String label;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "issued_on")
	private @Nullable LocalDate issuedOn;

	@Column(name = "final_text", nullable = false)
	private boolean finalText;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "revision_id", nullable = false)
	private List<Paragraph> paragraphs = new ArrayList<>();

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	/** The tag of the language the revision was written in. */
	@Column(nullable = false, length = 2)
	private String language = Language.ENGLISH.tag();

	protected TextRevision() {
	}

	TextRevision(UUID textId, int number, String label, boolean finalText, List<Paragraph> paragraphs) {
		this.id = UUID.randomUUID();
		this.textId = textId;
		this.number = number;
		this.label = label;
		this.status = Status.DRAFT;
		this.finalText = finalText;
		this.paragraphs = new ArrayList<>(paragraphs);
	}

	void issue(LocalDate on) {
		if (this.status == Status.ISSUED) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.issuedAlready", "Issued already"),
					new Said("refusal.text.issuedOn",
							"%s was issued on %s and does not change.".formatted(this.label, this.issuedOn), this.label,
							this.issuedOn));
		}
		if (this.paragraphs.isEmpty()) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.nothingToIssue", "Nothing to issue"),
					new Said("refusal.text.noParagraphs", "%s has no paragraphs.".formatted(this.label), this.label));
		}
		this.status = Status.ISSUED;
		this.issuedOn = on;
	}

	boolean isIssued() {
		return this.status == Status.ISSUED;
	}

	UUID id() {
		return this.id;
	}

	UUID textId() {
		return this.textId;
	}

	int number() {
		return this.number;
	}

	String label() {
		return this.label;
	}

	@Nullable LocalDate issuedOn() {
		return this.issuedOn;
	}

	boolean isFinal() {
		return this.finalText;
	}

	/** The language the revision was written in: its versions are in the others. */
	Language language() {
		return Language.ofTag(this.language).orElse(Language.ENGLISH);
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	List<Paragraph> paragraphs() {
		return this.paragraphs.stream().sorted(Comparator.comparingInt(Paragraph::ordinal)).toList();
	}

	@Nullable Paragraph paragraph(UUID lineage) {
		return this.paragraphs.stream().filter((p) -> p.lineage().equals(lineage)).findFirst().orElse(null);
	}

}
