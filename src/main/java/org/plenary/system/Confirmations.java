package org.plenary.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Asks before an action marked {@link Confirms}: a request without {@code confirmed=true}
 * does nothing and shows the question, the consequence and the same form again (every
 * field it carried, hidden), with the way back. Works without JavaScript; with it, the
 * dialog asked first and the form arrives confirmed.
 */
@Configuration(proxyBeanMethods = false)
class Confirmations implements WebMvcConfigurer {

	static final String CONFIRMED = "confirmed";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AskFirst());
	}

	static final class AskFirst implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			if (!(handler instanceof HandlerMethod method) || !"POST".equals(request.getMethod())) {
				return true;
			}
			var confirms = method.getMethodAnnotation(Confirms.class);
			if (confirms == null || "true".equals(request.getParameter(CONFIRMED))) {
				return true;
			}
			var view = new ModelAndView("confirm");
			view.addObject("question", confirms.value());
			view.addObject("action", request.getRequestURI());
			view.addObject("fields", fieldsOf(request));
			var back = WayBack.of(request);
			view.addObject("cameFrom", back != null ? back : "/");
			throw new ConfirmationNeeded(view);
		}

		private static List<Map.Entry<String, String>> fieldsOf(HttpServletRequest request) {
			var fields = new ArrayList<Map.Entry<String, String>>();
			request.getParameterMap().forEach((name, values) -> {
				if (!name.equals("_csrf") && !name.equals(CONFIRMED)) {
					for (var value : values) {
						fields.add(Map.entry(name, value));
					}
				}
			});
			return fields;
		}

	}

	/** Carries the question's page to {@link PageProblems}, which shows it. */
	static final class ConfirmationNeeded extends RuntimeException {

		final transient ModelAndView view;

		ConfirmationNeeded(ModelAndView view) {
			super(null, null, false, false);
			this.view = view;
		}

	}

}
