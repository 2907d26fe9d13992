package org.plenary.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a named refusal on a page as a page a person can read: its status, title and
 * detail, with the layout around it. The API's refusals are rendered by
 * {@link ApiProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler
	ModelAndView on(ErrorResponseException refusal) {
		if (refusal.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
			return new ModelAndView("redirect:/login");
		}
		var view = new ModelAndView("error/problem");
		view.setStatus(HttpStatus.valueOf(refusal.getStatusCode().value()));
		view.addObject("status", refusal.getStatusCode().value());
		view.addObject("title", refusal.getBody().getTitle());
		view.addObject("detail", refusal.getBody().getDetail());
		return view;
	}

	/**
	 * Value objects refuse invalid states with IllegalArgumentException; its message is
	 * written for people.
	 */
	@ExceptionHandler
	ModelAndView on(IllegalArgumentException refusal) {
		return problem(HttpStatus.BAD_REQUEST, "Not accepted", String.valueOf(refusal.getMessage()));
	}

	@ExceptionHandler
	ModelAndView on(MethodArgumentTypeMismatchException mismatch) {
		return problem(HttpStatus.BAD_REQUEST, "Not understood",
				"'%s' is not a valid %s.".formatted(mismatch.getValue(), mismatch.getName()));
	}

	private static ModelAndView problem(HttpStatus status, String title, String detail) {
		var view = new ModelAndView("error/problem");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("title", title);
		view.addObject("detail", detail);
		return view;
	}

	@ExceptionHandler
	ModelAndView on(OptimisticLockingFailureException failure) {
		var view = new ModelAndView("error/problem");
		view.setStatus(HttpStatus.CONFLICT);
		view.addObject("status", 409);
		view.addObject("title", "Changed by someone else");
		view.addObject("detail", "This record was changed by someone else in the meantime; reload it and try again.");
		return view;
	}

}
