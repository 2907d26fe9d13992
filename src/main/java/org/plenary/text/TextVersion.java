package org.plenary.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plenary.system.Language;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A revision in another official language than the one it was written in: one line per
 * paragraph of the revision, in the same order, each keeping the lineage of the paragraph
 * it translates, and the heading of its part in that language.
 */
@Entity
@Table(name = "text_version")
class TextVersion {

	@Id
	private UUID id;

	@Column(name = "revision_id", nullable = false)
	private UUID revisionId;

	@Column(nullable = false, length = 2)
	private String language;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "text_version_paragraph", joinColumns = @JoinColumn(name = "version_id"))
	@OrderBy("ordinal")
	private List<Line> lines = new ArrayList<>();

	protected TextVersion() {
	}

	TextVersion(UUID revisionId, Language language, String addedBy, Instant addedAt, List<Line> lines) {
		this.id = UUID.randomUUID();
		this.revisionId = revisionId;
		this.language = language.tag();
		this.addedBy = addedBy;
		this.addedAt = addedAt;
		this.lines = new ArrayList<>(lines);
	}

	UUID revisionId() {
		return this.revisionId;
	}

	Language language() {
		return Language.ofTag(this.language).orElseThrow();
	}

	String addedBy() {
		return this.addedBy;
	}

	Instant addedAt() {
		return this.addedAt;
	}

	List<Line> lines() {
		return List.copyOf(this.lines);
	}

	/** A paragraph of the version: its place, the lineage it translates, its part. */
	@Embeddable
	static class Line {

		@Column(nullable = false)
		private int ordinal;

		@Column(nullable = false)
		private UUID lineage;

		@Column(nullable = false)
		private String part;

		@Column(name = "paragraph_text", nullable = false)
		private String text;

		protected Line() {
		}

		Line(int ordinal, UUID lineage, String part, String text) {
			this.ordinal = ordinal;
			this.lineage = lineage;
			this.part = part;
			this.text = text;
		}

		int ordinal() {
			return this.ordinal;
		}

		UUID lineage() {
			return this.lineage;
		}

		String part() {
			return this.part;
		}

		String text() {
			return this.text;
		}

	}

}
