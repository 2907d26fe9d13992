package org.plenary.process.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.process.NewSession;
import org.plenary.process.SessionView;
import org.plenary.process.Sessions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions of the General Assembly as JSON.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionApiController {

	private final Sessions sessions;

	SessionApiController(Sessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	List<SessionView> sessions() {
		return this.sessions.sessions();
	}

	@GetMapping("/{number}")
	SessionView session(@PathVariable int number) {
		return this.sessions.session(number);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionView open(@Valid @RequestBody NewSessionRequest request, Actor actor) {
		return this.sessions.open(new NewSession(request.number(), request.opensOn(), request.closesOn(),
				request.presidentName(), request.presidentDelegation()), actor);
	}

	@PutMapping("/{number}/president")
	SessionView recordPresident(@PathVariable int number, @Valid @RequestBody PresidentRequest request, Actor actor) {
		return this.sessions.recordPresident(number, request.presidentName(), request.presidentDelegation(),
				request.closesOn(), actor);
	}

	record NewSessionRequest(@Min(1) @Max(999) int number, @NotNull LocalDate opensOn, @Nullable LocalDate closesOn,
			@Size(max = 120) @Nullable String presidentName, @Nullable @Pattern(regexp = "[A-Za-z]{2,3}",
					message = "is not a delegation code") String presidentDelegation) {
	}

	record PresidentRequest(@NotBlank @Size(max = 120) String presidentName,
			@Nullable @Pattern(regexp = "[A-Za-z]{2,3}",
					message = "is not a delegation code") String presidentDelegation,
			@Nullable LocalDate closesOn) {
	}

}
