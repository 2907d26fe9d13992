package org.plenary.positions.web;

import java.util.List;
import java.util.UUID;

import org.plenary.identity.Actor;
import org.plenary.positions.Elements;
import org.plenary.positions.ElementsComparison;
import org.plenary.positions.ElementsRevisionView;
import org.plenary.positions.ProposalView;
import org.plenary.process.ProcessId;
import org.plenary.system.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Elements of Commonality for scripts: revisions, composing a draft, issuing it, what
 * changed between two, the document as PDF and DOCX, and proposals with their answers.
 */
@RestController
@RequestMapping("/api/processes/{id}")
class ElementsApiController {

	private final Elements elements;

	private final ElementsDocuments documents;

	ElementsApiController(Elements elements, ElementsDocuments documents) {
		this.elements = elements;
		this.documents = documents;
	}

	@GetMapping("/elements")
	List<ElementsRevisionView> revisions(@PathVariable ProcessId id, Actor actor) {
		return this.elements.revisions(id, actor);
	}

	@PostMapping("/elements")
	@ResponseStatus(HttpStatus.CREATED)
	ElementsRevisionView draft(@PathVariable ProcessId id, @RequestBody ElementRequest.Draft draft, Actor actor) {
		return this.elements.draft(id, draft.title() == null ? "" : draft.title(), draft.sessionNumber(), draft.date(),
				actor);
	}

	@GetMapping("/elements/{revision}")
	ElementsRevisionView revision(@PathVariable ProcessId id, @PathVariable("revision") int number, Actor actor) {
		return this.elements.revision(id, number, actor);
	}

	@PostMapping("/elements/{revision}/elements")
	@ResponseStatus(HttpStatus.CREATED)
	ElementsRevisionView add(@PathVariable ProcessId id, @PathVariable("revision") int number,
			@RequestBody ElementRequest.Element element, Actor actor) {
		return this.elements.add(id, number, element.toElement(), element.version(), actor);
	}

	@PutMapping("/elements/{revision}/elements/{lineage}")
	ElementsRevisionView change(@PathVariable ProcessId id, @PathVariable("revision") int number,
			@PathVariable UUID lineage, @RequestBody ElementRequest.Element element, Actor actor) {
		return this.elements.change(id, number, lineage, element.toElement(), element.version(), actor);
	}

	@DeleteMapping("/elements/{revision}/elements/{lineage}")
	ElementsRevisionView remove(@PathVariable ProcessId id, @PathVariable("revision") int number,
			@PathVariable UUID lineage, Actor actor) {
		return this.elements.remove(id, number, lineage, null, actor);
	}

	@PostMapping("/elements/{revision}/issue")
	ElementsRevisionView issue(@PathVariable ProcessId id, @PathVariable("revision") int number, Actor actor) {
		return this.elements.issue(id, number, actor);
	}

	@GetMapping("/elements/compare")
	ElementsComparison compare(@PathVariable ProcessId id, @RequestParam int from, @RequestParam int to, Actor actor) {
		return this.elements.compare(id, from, to, actor);
	}

	@GetMapping("/elements/{revision}/elements.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable ProcessId id, @PathVariable("revision") int number, Actor actor) {
		return Downloads.attachment(this.documents.pdf(this.elements.revision(id, number, actor)),
				MediaType.APPLICATION_PDF, "elements-" + number + ".pdf");
	}

	@GetMapping("/elements/{revision}/elements.docx")
	ResponseEntity<byte[]> docx(@PathVariable ProcessId id, @PathVariable("revision") int number, Actor actor) {
		return Downloads.attachment(this.documents.docx(this.elements.revision(id, number, actor)), Downloads.DOCX,
				"elements-" + number + ".docx");
	}

	@GetMapping("/proposals")
	List<ProposalView> proposals(@PathVariable ProcessId id, Actor actor) {
		return this.elements.proposals(id, actor);
	}

	@PostMapping("/proposals")
	@ResponseStatus(HttpStatus.CREATED)
	ProposalView propose(@PathVariable ProcessId id, @RequestBody ElementRequest.Proposal proposal, Actor actor) {
		var change = proposal.toChange();
		return this.elements.propose(id, proposal.element(), change, actor);
	}

	@PostMapping("/proposals/{proposal}/decision")
	ProposalView decide(@PathVariable ProcessId id, @PathVariable UUID proposal,
			@RequestBody ElementRequest.Decision decision, Actor actor) {
		return this.elements.decide(id, proposal, decision.accepted() != null && decision.accepted(), decision.reason(),
				actor);
	}

}
