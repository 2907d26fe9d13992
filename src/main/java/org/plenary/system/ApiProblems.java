package org.plenary.system;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import tools.jackson.databind.DatabindException;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every refusal on the API as RFC 9457 problem details: named refusals with their
 * own status and detail (in the language {@code Accept-Language} asks for), validation
 * failures with {@code errors: [{field, message}]}, a lost update as 409, and anything
 * unexpected as a plain 500 that is logged once and shows no stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	/**
	 * A named refusal in the language the client asks for with {@code Accept-Language}
	 * (one of the six, as pages choose it), its names too (a delegation's, a group's); in
	 * English when it asks for none of them or for English, as the detail was always
	 * written. The {@code errors} of an invalid input are said in the same language.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleErrorResponseException(ErrorResponseException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (!(failure instanceof Refusal refusal)) {
			return super.handleErrorResponseException(failure, headers, status, request);
		}
		headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		var asked = Language.bestOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
			.filter((language) -> language != Language.ENGLISH);
		var messages = getMessageSource();
		if (asked.isEmpty() || messages == null) {
			return super.handleErrorResponseException(failure, headers, status, request);
		}
		var locale = asked.get().locale();
		var english = refusal.getBody();
		var problem = ProblemDetail.forStatusAndDetail(status, refusal.said().in(messages, locale));
		problem.setTitle(refusal.saidTitle().in(messages, locale));
		problem.setType(english.getType());
		problem.setInstance(english.getInstance());
		if (english.getProperties() != null) {
			english.getProperties().forEach(problem::setProperty);
		}
		if (refusal instanceof InvalidInput invalid) {
			problem.setProperty("errors",
					invalid.each()
						.stream()
						.map((each) -> Map.of("field", each.field(), "message", each.said().in(messages, locale)))
						.toList());
		}
		headers.set(HttpHeaders.CONTENT_LANGUAGE, asked.get().tag());
		return handleExceptionInternal(failure, problem, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
		problem.setTitle("Invalid input");
		var errors = failure.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage()))
			.toList();
		var global = failure.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map((error) -> Map.of("field", error.getObjectName(), "message",
					error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage()))
			.toList();
		problem.setProperty("errors", concat(errors, global));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON for this route, or a value has the wrong type.");
		problem.setTitle("Unreadable request");
		var field = fieldOf(failure);
		if (field != null) {
			var reason = reasonOf(failure);
			problem.setDetail(reason != null ? reason : "The value of " + field + " has the wrong type or form.");
			problem.setProperty("errors",
					List.of(Map.of("field", field, "message", reason != null ? reason : "has the wrong type or form")));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(MethodArgumentTypeMismatchException failure) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'%s' is not a valid %s.".formatted(failure.getValue(), failure.getName()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", failure.getName(), "message", "is not valid")));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Value objects refuse invalid states with IllegalArgumentException; its message is
	 * written for people.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(IllegalArgumentException failure) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(failure.getMessage()));
		problem.setTitle("Invalid input");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(OptimisticLockingFailureException failure) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This record was changed by someone else in the meantime; reload it and try again.");
		problem.setTitle("Changed by someone else");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/**
	 * A write that waited too long for a row another request held (a lock not granted in
	 * time, a deadlock the database broke, a statement timed out): nothing was saved, and
	 * the same request will most likely pass a moment later.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> onBusy(DataAccessException failure) {
		log.warn("A write waited too long for the database: {}", failure.getMostSpecificCause().toString());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
		problem.setTitle("Busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

	/** What a person reads when a write waited too long for others'. */
	static final String BUSY = "This was not saved: many people were writing to the same record at once. "
			+ "Nothing was changed; try again in a moment.";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(DataIntegrityViolationException failure) {
		log.info("Refused a write that conflicts with stored data: {}", failure.getMostSpecificCause().getMessage());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This conflicts with a record that exists already.");
		problem.setTitle("Conflict");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(Exception failure) {
		if (DatabaseOutage.explains(failure)) {
			log.warn("The database could not be reached: {}", failure.toString());
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.NOT_SAVED);
			problem.setTitle("Database unreachable");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
		}
		log.error("Unexpected failure on the API", failure);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; nothing was changed. Try again, or tell the secretariat.");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	/**
	 * The JSON path of the value the parser could not read, such as "dates[0]", if the
	 * parser says.
	 */
	private static @Nullable String fieldOf(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				var path = new StringBuilder();
				for (var reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	/**
	 * The reason a value object gave for refusing its value (an IllegalArgumentException
	 * thrown from its constructor while the body was read), written for people.
	 */
	private static @Nullable String reasonOf(Throwable failure) {
		for (var cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalArgumentException refusal && refusal.getMessage() != null) {
				return refusal.getMessage();
			}
		}
		return null;
	}

	private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
