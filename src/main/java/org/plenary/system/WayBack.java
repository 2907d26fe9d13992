package org.plenary.system;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page a person came from, for an error page's "back" link: the Referer's path and
 * query when it is one of Plenary's own pages, and not a page that failed to show. Never
 * another site's address.
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
class WayBack {

	@ModelAttribute("cameFrom")
	@Nullable String cameFrom(HttpServletRequest request) {
		return of(request);
	}

	static @Nullable String of(HttpServletRequest request) {
		var referer = request.getHeader("Referer");
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			var uri = URI.create(referer.strip());
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
					|| uri.getPort() != request.getServerPort() && uri.getPort() != -1) {
				return null;
			}
			var path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			// A page whose own address failed would fail again; a form posted to the
			// address of the page it is on ("/meetings/…/speakers") came from a page that
			// worked.
			var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			var reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
			if (reading && path.equals(failed != null ? failed : request.getRequestURI())) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

}
