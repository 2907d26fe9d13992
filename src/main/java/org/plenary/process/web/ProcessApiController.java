package org.plenary.process.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.MandateEntry;
import org.plenary.process.MandateKind;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Processes as JSON, and the writes the process page offers.
 */
@RestController
@RequestMapping("/api/processes")
class ProcessApiController {

	private final Processes processes;

	ProcessApiController(Processes processes) {
		this.processes = processes;
	}

	@GetMapping
	List<ProcessView> processes() {
		return this.processes.processes();
	}

	@GetMapping("/{id}")
	ProcessView process(@PathVariable ProcessId id) {
		return this.processes.process(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProcessView create(@Valid @RequestBody NewProcessRequest request, Actor actor) {
		return this.processes.create(new NewProcess(request.shortName(), request.name(), request.description(),
				request.interventionLimitSeconds()), actor);
	}

	@PutMapping("/{id}")
	ProcessView describe(@PathVariable ProcessId id, @Valid @RequestBody ProcessDetailsRequest request, Actor actor) {
		return this.processes.describe(id, request.name(), request.description(), request.interventionLimitSeconds(),
				request.noticeDays(), request.version(), actor);
	}

	@PostMapping("/{id}/topics")
	@ResponseStatus(HttpStatus.CREATED)
	ProcessView addTopic(@PathVariable ProcessId id, @Valid @RequestBody TopicRequest request, Actor actor) {
		return this.processes.addTopic(id, request.title(), actor);
	}

	@DeleteMapping("/{id}/topics/{topic}")
	ProcessView removeTopic(@PathVariable ProcessId id, @PathVariable UUID topic, Actor actor) {
		return this.processes.removeTopic(id, topic, actor);
	}

	@PostMapping("/{id}/mandate")
	@ResponseStatus(HttpStatus.CREATED)
	ProcessView addToMandate(@PathVariable ProcessId id, @Valid @RequestBody MandateRequest request, Actor actor) {
		return this.processes.addToMandate(id,
				new MandateEntry(request.kind(), request.symbol(), request.adoptedOn(), request.title()), actor);
	}

	@PostMapping("/{id}/facilitators")
	@ResponseStatus(HttpStatus.CREATED)
	ProcessView appoint(@PathVariable ProcessId id, @Valid @RequestBody AppointmentRequest request, Actor actor) {
		return this.processes.appoint(id, new Appointment(request.session(), request.personName(), request.title(),
				request.role(), request.delegation(), request.appointedOn()), actor);
	}

	@DeleteMapping("/{id}/facilitators/{facilitator}")
	ProcessView endAppointment(@PathVariable ProcessId id, @PathVariable UUID facilitator, Actor actor) {
		return this.processes.endAppointment(id, facilitator, actor);
	}

	record NewProcessRequest(@NotBlank @Size(max = 40) String shortName, @NotBlank @Size(max = 300) String name,
			@Size(max = 2000) @Nullable String description,
			@Min(30) @Max(3600) @Nullable Integer interventionLimitSeconds) {
	}

	record ProcessDetailsRequest(@NotBlank @Size(max = 300) String name, @Size(max = 2000) @Nullable String description,
			@Min(30) @Max(3600) int interventionLimitSeconds, @Nullable @Min(0) @Max(90) Integer noticeDays,
			long version) {
	}

	record TopicRequest(@NotBlank @Size(max = 300) String title) {
	}

	record MandateRequest(@NotNull MandateKind kind,
			@Nullable @Pattern(regexp = MandateEntry.SYMBOL_PATTERN,
					message = "is not a symbol such as 62/557") String symbol,
			@Nullable LocalDate adoptedOn, @NotBlank @Size(max = 400) String title) {
	}

	record AppointmentRequest(@Min(1) int session, @NotBlank @Size(max = 120) String personName,
			@Size(max = 200) @Nullable String title, @NotNull FacilitatorRole role,
			@Nullable @Pattern(regexp = "[A-Za-z]{2,3}", message = "is not a delegation code") String delegation,
			@Nullable LocalDate appointedOn) {
	}

}
