package org.plenary.text;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A paragraph of a revision, in its part, in document order. Its lineage follows the same
 * paragraph through the revisions, wherever it moves.
 */
@Entity
@Table(name = "text_paragraph")
class Paragraph {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID lineage;

	@Column(nullable = false)
	private int ordinal;

	@Column(nullable = false)
	private String part;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParagraphKind kind;

	@Column(name = "paragraph_text", nullable = false)
	private String text;

	/** Whether the facilitators set this paragraph's match by hand. */
	@Column(name = "match_corrected", nullable = false)
	private boolean matchCorrected;

	protected Paragraph() {
	}

	Paragraph(UUID lineage, int ordinal, String part, ParagraphKind kind, String text) {
		this.id = UUID.randomUUID();
		this.lineage = lineage;
		this.ordinal = ordinal;
		this.part = part;
		this.kind = kind;
		this.text = text;
	}

	Paragraph copy(int ordinal, String text) {
		return new Paragraph(this.lineage, ordinal, this.part, this.kind, text);
	}

	/**
	 * Continues another paragraph (or a new one): the facilitators' correction of a
	 * match, or its consequence.
	 */
	void relink(UUID lineage, boolean corrected) {
		this.lineage = lineage;
		this.matchCorrected = this.matchCorrected || corrected;
	}

	/** New wording, for a draft's paragraph only (the revision checks). */
	void reword(String text) {
		this.text = text;
	}

	boolean matchCorrected() {
		return this.matchCorrected;
	}

	UUID lineage() {
		return this.lineage;
	}

	int ordinal() {
		return this.ordinal;
	}

	String part() {
		return this.part;
	}

	ParagraphKind kind() {
		return this.kind;
	}

	String text() {
		return this.text;
	}

}
