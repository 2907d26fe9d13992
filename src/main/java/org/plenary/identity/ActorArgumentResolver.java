package org.plenary.identity;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every controller method that asks for an {@link Actor} the one who sends the
 * request, so controllers pass it to the doors and never look at Spring Security
 * themselves.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = Actor.class.getName();

	private final SignInAccounts accounts;

	ActorArgumentResolver(SignInAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class;
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor known) {
			return known;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var actor = (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) ? Actor.anonymous()
						: this.accounts.actorFor(authentication.getName());
		request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
		return actor;
	}

}
