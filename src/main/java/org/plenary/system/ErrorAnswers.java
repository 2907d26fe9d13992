package org.plenary.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's errors answer (an address nothing maps, a failure outside
 * the controllers): the error pages for people, and RFC 9457 problem details for
 * everything else, never Spring Boot's own JSON. {@code /error} asked for directly is not
 * a page: 404, not 500 with status 999.
 */
@Component
class ErrorAnswers extends BasicErrorController {

	ErrorAnswers(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
		super(attributes, web.getError(), resolvers);
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		askedForDirectly(request);
		var page = super.errorHtml(request, response);
		if (page != null && !page.getModel().containsKey("cameFrom")) {
			page.addObject("cameFrom", WayBack.of(request));
		}
		return page;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		askedForDirectly(request);
		var status = getStatus(request);
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detailOf(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.put("instance", path);
		}
		var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header("Retry-After", "5");
		}
		return answer.body(problem);
	}

	private static void askedForDirectly(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		}
	}

	private static String detailOf(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take this method.";
			case UNAUTHORIZED -> "Sign in to do this.";
			case FORBIDDEN -> "You may not do this.";
			case CONTENT_TOO_LARGE -> "The request is larger than this address takes.";
			case SERVICE_UNAVAILABLE -> "Plenary cannot answer right now; try again in a moment.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side; nothing was changed. Try again, or tell the secretariat."
					: "The request could not be answered as it was sent.";
		};
	}

}
