package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

import org.plenary.system.Said;

/**
 * A revision of a process's Elements of Commonality and Issues for Further Consideration.
 * While a draft, its facilitators add, change and remove elements; once issued it never
 * changes, and the next revision starts as a copy of it.
 */
@Entity
@Table(name = "positions_elements_revision")
class ElementsRevision {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	@Column(name = "session_number", nullable = false)
	private int session;

	@Column(nullable = false)
	private LocalDate dated;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RevisionStatus status;

	@Column(name = "issued_at")
	private @Nullable Instant issuedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "revision_id", nullable = false)
	private List<Element> elements = new ArrayList<>();

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	protected ElementsRevision() {
	}

	ElementsRevision(UUID processId, int number, String title, int session, LocalDate dated, List<Element> elements) {
		this.id = UUID.randomUUID();
		this.processId = processId;
		this.number = number;
		this.title = title;
		this.session = session;
		this.dated = dated;
		this.status = RevisionStatus.DRAFT;
		this.elements = new ArrayList<>(elements);
	}

	Element add(UUID topic, ElementKind kind, String text, List<ElementLink> links) {
		requireDraft();
		int ordinal = this.elements.stream()
			.filter((e) -> e.topicId().equals(topic))
			.mapToInt(Element::ordinal)
			.max()
			.orElse(0) + 1;
		var element = new Element(UUID.randomUUID(), topic, ordinal, kind, text, links);
		this.elements.add(element);
		return element;
	}

	void change(UUID lineage, ElementKind kind, String text, List<ElementLink> links) {
		requireDraft();
		element(lineage).change(kind, text, links);
	}

	void rewrite(UUID lineage, String text) {
		requireDraft();
		element(lineage).rewrite(text);
	}

	void remove(UUID lineage) {
		requireDraft();
		this.elements.remove(element(lineage));
	}

	void issue(Instant now) {
		requireDraft();
		if (this.elements.isEmpty()) {
			throw new ElementsRefusal(HttpStatus.CONFLICT, new Said("refusal.title.nothingToIssue", "Nothing to issue"),
					new Said("refusal.positions.nothingToIssue",
							"Revision %d has no elements yet.".formatted(this.number), this.number));
		}
		this.status = RevisionStatus.ISSUED;
		this.issuedAt = now;
	}

	Element element(UUID lineage) {
		return this.elements.stream()
			.filter((e) -> e.lineage().equals(lineage))
			.findFirst()
			.orElseThrow(() -> new ElementsRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchElement", "No such element"),
					new Said("refusal.positions.noSuchElement",
							"Revision %d has no such element.".formatted(this.number), this.number)));
	}

	private void requireDraft() {
		if (this.status != RevisionStatus.DRAFT) {
			throw new ElementsRefusal(HttpStatus.CONFLICT, new Said("refusal.title.revisionIssued", "Revision issued"),
					new Said("refusal.positions.revisionIssued",
							"Revision %d was issued and does not change; draft the next one.".formatted(this.number),
							this.number));
		}
	}

	List<Element> elements() {
		return this.elements.stream()
			.sorted(Comparator.comparing(Element::topicId).thenComparingInt(Element::ordinal))
			.toList();
	}

	UUID processId() {
		return this.processId;
	}

	int number() {
		return this.number;
	}

	String title() {
		return this.title;
	}

	int session() {
		return this.session;
	}

	LocalDate dated() {
		return this.dated;
	}

	RevisionStatus status() {
		return this.status;
	}

	@Nullable Instant issuedAt() {
		return this.issuedAt;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
