package org.plenary.positions.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.SpeakerKind;
import org.plenary.identity.Actor;
import org.plenary.positions.Alignment;
import org.plenary.positions.ConvergenceMap;
import org.plenary.positions.PositionView;
import org.plenary.positions.Positions;
import org.plenary.positions.StanceView;
import org.plenary.process.ProcessId;
import org.plenary.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Positions for scripts: those the caller may read, stating one, the stances a process
 * offers, a delegation's alignment with its groups, and the convergence map.
 */
@RestController
@RequestMapping("/api/processes/{id}")
class PositionApiController {

	private final Positions positions;

	PositionApiController(Positions positions) {
		this.positions = positions;
	}

	@GetMapping("/positions")
	List<PositionView> positions(@PathVariable ProcessId id, Actor actor) {
		return this.positions.positions(id, actor);
	}

	@PostMapping("/positions")
	@ResponseStatus(HttpStatus.CREATED)
	PositionView state(@PathVariable ProcessId id, @RequestBody PositionRequest request, Actor actor) {
		return this.positions.state(request.toCommand(id), actor);
	}

	@GetMapping("/stances")
	List<StanceView> stances(@PathVariable ProcessId id) {
		return this.positions.stances(id);
	}

	/** {@code {"topic": "…", "label": "Non-permanent only"}}. */
	@PostMapping("/stances")
	@ResponseStatus(HttpStatus.CREATED)
	StanceView offer(@PathVariable ProcessId id, @RequestBody Map<String, String> body, Actor actor) {
		var topic = body.get("topic");
		if (topic == null) {
			throw new InvalidInput("topic", "Choose the topic.", "refusal.positions.chooseTopic");
		}
		UUID topicId;
		try {
			topicId = UUID.fromString(topic);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("topic", "'%s' is not a topic's id.".formatted(topic),
					"refusal.positions.notATopicId", topic);
		}
		return this.positions.offerStance(id, topicId, body.getOrDefault("label", ""), actor);
	}

	@GetMapping("/alignment")
	Alignment alignment(@PathVariable ProcessId id, @RequestParam String delegation, Actor actor) {
		return this.positions.alignment(id, delegation, actor);
	}

	@GetMapping("/convergence")
	ConvergenceMap convergence(@PathVariable ProcessId id,
			@RequestParam(defaultValue = "DELEGATION") SpeakerKind holders,
			@RequestParam(required = false) @Nullable Integer session,
			@RequestParam(required = false) @Nullable Integer compareWith, Actor actor) {
		return this.positions.convergence(id, holders, session, compareWith, actor);
	}

}
