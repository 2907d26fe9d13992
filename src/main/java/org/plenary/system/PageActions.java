package org.plenary.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a page's form does with an action: on success a "saved" notice for the page it
 * goes back to; a refusal a person can act on (invalid input, a conflict, a missing
 * record, the database away) said there plainly as the "problem", in the page's language;
 * a refusal of who may (401, 403) left to its own page.
 */
public final class PageActions {

	private PageActions() {
	}

	/** Does the action; its result, or nothing when it was refused. */
	public static <T> @Nullable T act(RedirectAttributes redirect, Supplier<T> action) {
		return act(redirect, "saved", action);
	}

	/**
	 * As {@link #act(RedirectAttributes, Supplier)}, saying what was done with
	 * {@code notice.<notice>} ("positionSaved") instead of "Saved.".
	 */
	public static <T> @Nullable T act(RedirectAttributes redirect, String notice, Supplier<T> action) {
		try {
			var result = action.get();
			redirect.addFlashAttribute("notice", notice);
			return result;
		}
		catch (Refusal refusal) {
			int status = refusal.getStatusCode().value();
			if (status == 401 || status == 403) {
				throw refusal;
			}
			redirect.addFlashAttribute("problem", refusal.said().onThisPage());
			if (refusal instanceof InvalidInput invalid && !invalid.field().isBlank()) {
				// The field it is about: the summary links to it, and it is marked
				// invalid.
				redirect.addFlashAttribute("problemField", invalid.field());
			}
		}
		catch (RuntimeException failure) {
			if (!DatabaseOutage.explains(failure)) {
				throw failure;
			}
			redirect.addFlashAttribute("problem", DatabaseOutage.NOT_SAVED);
		}
		keepWhatWasTyped(redirect);
		return null;
	}

	/**
	 * What the refused form carried, for the page to put back in its fields (pages.js):
	 * every field but the token, the confirmation, files and passwords.
	 */
	private static void keepWhatWasTyped(RedirectAttributes redirect) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		var request = attributes.getRequest();
		var typed = new LinkedHashMap<String, String>();
		request.getParameterMap().forEach((name, values) -> {
			var kept = !name.equals("_csrf") && !name.equals("confirmed")
					&& !name.toLowerCase(Locale.ROOT).contains("password") && values.length > 0;
			if (kept) {
				typed.put(name, values[0]);
			}
		});
		if (!typed.isEmpty()) {
			redirect.addFlashAttribute("typed", JSON.writeValueAsString(typed));
			redirect.addFlashAttribute("typedFor", request.getRequestURI());
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

}
