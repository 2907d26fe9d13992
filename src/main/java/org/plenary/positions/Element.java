package org.plenary.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

/**
 * One element of a revision: a short paragraph under a cluster, a commonality or an issue
 * for further consideration, with the positions that support or oppose it. Its lineage
 * follows the same element from revision to revision.
 */
@Entity
@Table(name = "positions_element")
class Element {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID lineage;

	@Column(name = "topic_id", nullable = false)
	private UUID topicId;

	@Column(nullable = false)
	private int ordinal;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ElementKind kind;

	@Column(name = "element_text", nullable = false)
	private String text;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "positions_element_link", joinColumns = @JoinColumn(name = "element_id"))
	private List<ElementLink> links = new ArrayList<>();

	protected Element() {
	}

	Element(UUID lineage, UUID topicId, int ordinal, ElementKind kind, String text, List<ElementLink> links) {
		this.id = UUID.randomUUID();
		this.lineage = lineage;
		this.topicId = topicId;
		this.ordinal = ordinal;
		this.kind = kind;
		this.text = text;
		this.links = new ArrayList<>(links);
	}

	/** The same element in the next revision. */
	Element copy() {
		return new Element(this.lineage, this.topicId, this.ordinal, this.kind, this.text, this.links);
	}

	void change(ElementKind kind, String text, List<ElementLink> links) {
		this.kind = kind;
		this.text = text;
		this.links = new ArrayList<>(links);
	}

	void rewrite(String text) {
		this.text = text;
	}

	UUID id() {
		return this.id;
	}

	UUID lineage() {
		return this.lineage;
	}

	UUID topicId() {
		return this.topicId;
	}

	int ordinal() {
		return this.ordinal;
	}

	ElementKind kind() {
		return this.kind;
	}

	String text() {
		return this.text;
	}

	List<ElementLink> links() {
		return List.copyOf(this.links);
	}

}
