package org.plenary.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.plenary.system.Language;

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

	/**
	 * The whole text; indexed in its language's field (see {@link #getBodyAr()} …), or in
	 * {@code body} with the language-neutral analyser when its language is not known.
	 */
	@Column(nullable = false, length = 1_000_000)
	private String body;

	/** The tag of the language of the text, when known or detected. */
	@Column(length = 2)
	private @Nullable String language;

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
		this(id, kind, title, body, null, link, processId, dated, indexedAt);
	}

	/**
	 * An entry in a known language; when {@code language} is null, the language detected
	 * from the text (or none).
	 */
	SearchEntry(UUID id, SearchKind kind, String title, String body, @Nullable Language language, String link,
			@Nullable UUID processId, @Nullable LocalDate dated, Instant indexedAt) {
		this.id = id;
		this.kind = kind;
		this.title = SearchPassage.withoutMarks(title);
		this.body = SearchPassage.withoutMarks(body);
		var written = language != null ? language : LanguageDetection.of(this.body).orElse(null);
		this.language = written == null ? null : written.tag();
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
		this.language = read.language;
		this.link = read.link;
		this.processId = read.processId;
		this.dated = read.dated;
		this.indexedAt = read.indexedAt;
	}

	/**
	 * The language of the text, if known: stored, or detected from an entry older than
	 * languages.
	 */
	@Nullable Language language() {
		return this.language != null ? Language.ofTag(this.language).orElse(null)
				: LanguageDetection.of(this.body).orElse(null);
	}

	private @Nullable String bodyIn(@Nullable Language wanted) {
		return Objects.equals(language(), wanted) ? this.body : null;
	}

	@FullTextField(name = "body", analyzer = SearchAnalysis.FOLDED, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyUndetermined() {
		return bodyIn(null);
	}

	@FullTextField(name = "body_ar", analyzer = "arabic", projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyAr() {
		return bodyIn(Language.ARABIC);
	}

	@FullTextField(name = "body_zh", analyzer = "chinese", projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyZh() {
		return bodyIn(Language.CHINESE);
	}

	@FullTextField(name = "body_en", analyzer = "english", projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyEn() {
		return bodyIn(Language.ENGLISH);
	}

	@FullTextField(name = "body_fr", analyzer = "french", projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyFr() {
		return bodyIn(Language.FRENCH);
	}

	@FullTextField(name = "body_ru", analyzer = "russian", projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyRu() {
		return bodyIn(Language.RUSSIAN);
	}

	@FullTextField(name = "body_es", analyzer = "spanish", projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "language")) })
	@Nullable String getBodyEs() {
		return bodyIn(Language.SPANISH);
	}

	/** The analysis the entry was indexed with: an index of older entries is rebuilt. */
	@KeywordField(name = "analysis")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getAnalysis() {
		return SearchAnalysis.VERSION;
	}

	/** The field a language's text is indexed in; {@code body} for an unknown one. */
	static String bodyField(@Nullable Language language) {
		return language == null ? "body" : "body_" + language.tag();
	}

}
