package org.plenary.identity.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.LanguageChoice;
import org.plenary.system.Language;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switcher on every page: a form that works without script. The pick is
 * remembered (see {@link LanguageChoice}) and the person goes back to the page they were
 * reading, now in the language they picked.
 */
@Controller
class LanguageController {

	private final LanguageChoice choice;

	LanguageController(LanguageChoice choice) {
		this.choice = choice;
	}

	@PostMapping("/language")
	String pick(@RequestParam(name = "lang", required = false) @Nullable String tag,
			@RequestParam(name = "back", required = false) @Nullable String back, Actor actor,
			HttpServletRequest request, HttpServletResponse response) {
		var language = Language.ofTag(tag);
		language.ifPresent((picked) -> this.choice.pick(request, response, picked, actor));
		return "redirect:" + backTo(back);
	}

	/** A path on this site only: never another site's address. */
	static String backTo(@Nullable String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
				|| back.chars().anyMatch(Character::isISOControl)) {
			return "/";
		}
		try {
			var uri = URI.create(back);
			if (uri.getScheme() != null || uri.getAuthority() != null) {
				return "/";
			}
		}
		catch (IllegalArgumentException unreadable) {
			return "/";
		}
		return back;
	}

}
