package org.plenary.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;
import org.plenary.system.Said;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An amendment tabled to a revision by a delegation or a group, with the stances others
 * took on it and where the facilitators placed it.
 */
@Entity
@Table(name = "text_amendment")
class Amendment {

	@Id
	private UUID id;

	@Column(name = "revision_id", nullable = false)
	private UUID revisionId;

	private @Nullable UUID paragraph;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AmendmentKind kind;

	@Column(name = "old_words")
	private @Nullable String oldWords;

	@Column(name = "anchor_words")
	private @Nullable String anchorWords;

	@Column(name = "new_words")
	private @Nullable String newWords;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_kind")
	private @Nullable ParagraphKind newKind;

	private @Nullable String explanation;

	@Enumerated(EnumType.STRING)
	@Column(name = "holder_kind", nullable = false)
	private SpeakerKind holderKind;

	@Column(nullable = false)
	private String holder;

	@Column(name = "tabled_by", nullable = false)
	private String tabledBy;

	@Column(name = "tabled_at", nullable = false)
	private Instant tabledAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AmendmentStatus status;

	@Column(name = "status_reason")
	private @Nullable String statusReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "text_amendment_stance", joinColumns = @JoinColumn(name = "amendment_id"))
	private List<AmendmentBacking> backing = new ArrayList<>();

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	/**
	 * The tag of the language the amendment was tabled in (its words stand in the
	 * revision's text in that language); it stays in that language.
	 */
	@Column(nullable = false, length = 2)
	private String language = org.plenary.system.Language.ENGLISH.tag();

	protected Amendment() {
	}

	Amendment(UUID revisionId, TableAmendment tabled, SpeakerKind holderKind, String holder, String tabledBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.revisionId = revisionId;
		this.paragraph = tabled.paragraph();
		this.kind = tabled.kind();
		this.oldWords = tabled.oldWords();
		this.anchorWords = tabled.anchorWords();
		this.newWords = tabled.newWords();
		this.newKind = tabled.kind() == AmendmentKind.ADD_PARAGRAPH
				? (tabled.newKind() == null ? ParagraphKind.OPERATIVE : tabled.newKind()) : null;
		this.explanation = tabled.explanation();
		this.holderKind = holderKind;
		this.holder = holder;
		this.tabledBy = tabledBy;
		this.tabledAt = now;
		this.status = AmendmentStatus.TABLED;
	}

	/**
	 * Where in the paragraph's text the amendment bears, as {start, end}: the words it
	 * deletes or replaces, the point after its anchor where it inserts, the whole
	 * paragraph it deletes; nothing for a new paragraph, or when its words are not in the
	 * text.
	 */
	int @Nullable [] span(String text) {
		return span(this.kind, this.oldWords, this.anchorWords, text);
	}

	static int @Nullable [] span(AmendmentKind kind, @Nullable String oldWords, @Nullable String anchorWords,
			String text) {
		return switch (kind) {
			case DELETE_WORDS, REPLACE_WORDS -> {
				int at = oldWords == null ? -1 : text.indexOf(oldWords);
				yield at < 0 ? null : new int[] { at, at + oldWords.length() };
			}
			case INSERT_WORDS -> {
				if (anchorWords == null) {
					yield new int[] { 0, 0 };
				}
				int at = text.indexOf(anchorWords);
				yield at < 0 ? null : new int[] { at + anchorWords.length(), at + anchorWords.length() };
			}
			case DELETE_PARAGRAPH -> new int[] { 0, text.length() };
			case ADD_PARAGRAPH -> null;
		};
	}

	/** The paragraph's text with this amendment made. */
	String applyTo(String text) {
		var span = span(text);
		if (span == null) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.wordsNotFound", "Words not found"),
					new Said("refusal.text.wordsGone",
							"The words this amendment bears on are no longer in the paragraph."));
		}
		return switch (this.kind) {
			case DELETE_WORDS, DELETE_PARAGRAPH -> TextEdit.apply(text, span[0], span[1], "");
			case INSERT_WORDS, REPLACE_WORDS ->
				TextEdit.apply(text, span[0], span[1], this.newWords == null ? "" : this.newWords);
			case ADD_PARAGRAPH -> text;
		};
	}

	/**
	 * Records a stance, replacing one the same holder took before; not on one's own
	 * amendment.
	 */
	void back(SpeakerKind kind, String who, Stance stance, LocalDate on) {
		if (kind == this.holderKind && who.equals(this.holder)) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.ownAmendment", "Own amendment"),
					new Said("refusal.text.ownAmendment",
							"%s tabled this amendment; others co-sponsor, support or oppose it.".formatted(who), who));
		}
		this.backing.removeIf((b) -> b.holderKind() == kind && b.holder().equals(who));
		this.backing.add(new AmendmentBacking(kind, who, stance, on));
	}

	/**
	 * Places the amendment: accepted, merged, not retained (by the facilitators) or
	 * withdrawn (by its proposer); refuses once it is no longer tabled.
	 */
	void place(AmendmentStatus status, @Nullable String reason) {
		if (this.status != AmendmentStatus.TABLED
				&& !(this.status == AmendmentStatus.ACCEPTED && status == AmendmentStatus.NOT_RETAINED)) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.placedAlready", "Placed already"),
					new Said("refusal.text.placedAlready", "This amendment is %s already."
						.formatted(this.status.name().toLowerCase().replace('_', ' ')), new Said(switch (this.status) {
							case TABLED -> "refusal.text.amendmentStatus.tabled";
							case ACCEPTED -> "refusal.text.amendmentStatus.accepted";
							case MERGED -> "refusal.text.amendmentStatus.merged";
							case NOT_RETAINED -> "refusal.text.amendmentStatus.notRetained";
							case WITHDRAWN -> "refusal.text.amendmentStatus.withdrawn";
						}, this.status.name().toLowerCase().replace('_', ' '))));
		}
		this.status = status;
		this.statusReason = reason;
	}

	UUID id() {
		return this.id;
	}

	UUID revisionId() {
		return this.revisionId;
	}

	/** Follows its paragraph when the facilitators correct that paragraph's match. */
	void relink(UUID paragraph) {
		this.paragraph = paragraph;
	}

	@Nullable UUID paragraph() {
		return this.paragraph;
	}

	AmendmentKind kind() {
		return this.kind;
	}

	@Nullable String newWords() {
		return this.newWords;
	}

	@Nullable ParagraphKind newKind() {
		return this.newKind;
	}

	SpeakerKind holderKind() {
		return this.holderKind;
	}

	String holder() {
		return this.holder;
	}

	AmendmentStatus status() {
		return this.status;
	}

	Instant tabledAt() {
		return this.tabledAt;
	}

	List<AmendmentBacking> backing() {
		return List.copyOf(this.backing);
	}

	AmendmentView toView(String holderName, java.util.function.Function<AmendmentBacking, String> names) {
		return new AmendmentView(new AmendmentId(this.id), new RevisionId(this.revisionId), this.paragraph, this.kind,
				this.oldWords, this.anchorWords, this.newWords, this.newKind, this.explanation, this.holderKind,
				this.holder, holderName, this.tabledAt, this.status, this.statusReason,
				this.backing.stream()
					.map((b) -> new AmendmentView.Backer(b.holder(), names.apply(b), b.stance(), b.statedOn()))
					.toList(),
				this.version == null ? 0 : this.version);
	}

	/** Records the language the amendment is tabled in. */
	void tabledIn(org.plenary.system.Language language) {
		this.language = language.tag();
	}

	org.plenary.system.Language language() {
		return org.plenary.system.Language.ofTag(this.language).orElse(org.plenary.system.Language.ENGLISH);
	}

}
