package org.plenary.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a named refusal on a page as a page a person can read: its status, title and
 * detail in the page's language, with the layout around it. The API's refusals are
 * rendered by {@link ApiProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView on(ErrorResponseException refusal, HttpServletRequest request) {
		if (refusal.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
			return new ModelAndView("redirect:/login");
		}
		var status = HttpStatus.valueOf(refusal.getStatusCode().value());
		if (refusal instanceof Refusal said) {
			var locale = LocaleContextHolder.getLocale();
			return problem(status, said.saidTitle().in(this.messages, locale), said.said().in(this.messages, locale),
					request);
		}
		return problem(status, null, refusal.getBody().getDetail(), request);
	}

	@ExceptionHandler
	ModelAndView on(Confirmations.ConfirmationNeeded question) {
		return question.view;
	}

	/**
	 * Value objects refuse invalid states with IllegalArgumentException; its message is
	 * written for people, and said in the page's language when it is an
	 * {@link InvalidValue}.
	 */
	@ExceptionHandler
	ModelAndView on(IllegalArgumentException refusal, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, null,
				InvalidValue.said(refusal).in(this.messages, LocaleContextHolder.getLocale()), request);
	}

	@ExceptionHandler
	ModelAndView on(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, null,
				"'%s' is not a valid %s.".formatted(mismatch.getValue(), mismatch.getName()), request);
	}

	@ExceptionHandler
	ModelAndView on(OptimisticLockingFailureException failure, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "Changed by someone else",
				"This record was changed by someone else in the meantime; reload it and try again.", request);
	}

	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class })
	ModelAndView onBusy(DataAccessException failure, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", "1");
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", ApiProblems.BUSY, request);
	}

	/**
	 * The error page: a title of the refusal's own when it has one, else the status's
	 * words (error.NNN.title), the sentence to act on and the way back.
	 */
	private static ModelAndView problem(HttpStatus status, @Nullable String title, @Nullable String detail,
			HttpServletRequest request) {
		var view = new ModelAndView("error/problem");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("problemTitle", title);
		view.addObject("problemDetail", detail);
		view.addObject("cameFrom", WayBack.of(request));
		return view;
	}

}
