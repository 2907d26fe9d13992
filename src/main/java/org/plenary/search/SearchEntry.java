package org.plenary.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published thing as search sees it: its title, its whole text, where it is read, its
 * process and date. The id is the thing's own (the letter's, the inscription's), so
 * reading it again replaces the entry.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = "plenary")
class SearchEntry {

	@Id
	@DocumentId
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	@KeywordField(projectable = Projectable.YES)
	private SearchKind kind;

	@Column(nullable = false, length = 500)
	@FullTextField(analyzer = SearchAnalysis.FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@Column(nullable = false, length = 1_000_000)
	@FullTextField(analyzer = SearchAnalysis.FOLDED, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String body;

	@Column(nullable = false, length = 500)
	@KeywordField(projectable = Projectable.YES)
	private String link;

	@Column(name = "process_id")
	@KeywordField
	private @Nullable UUID processId;

	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
	private @Nullable LocalDate dated;

	@Column(name = "indexed_at", nullable = false)
	private Instant indexedAt;

	protected SearchEntry() {
	}

	SearchEntry(UUID id, SearchKind kind, String title, String body, String link, @Nullable UUID processId,
			@Nullable LocalDate dated, Instant indexedAt) {
		this.id = id;
		this.kind = kind;
		this.title = SearchPassage.withoutMarks(title);
		this.body = SearchPassage.withoutMarks(body);
		this.link = link;
		this.processId = processId;
		this.dated = dated;
		this.indexedAt = indexedAt;
	}

	UUID id() {
		return this.id;
	}

	void replaceWith(SearchEntry read) {
		this.kind = read.kind;
		this.title = read.title;
		this.body = read.body;
		this.link = read.link;
		this.processId = read.processId;
		this.dated = read.dated;
		this.indexedAt = read.indexedAt;
	}

}
