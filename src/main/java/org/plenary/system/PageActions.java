package org.plenary.system;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a page's form does with an action: on success a "saved" notice for the page it
 * goes back to; a refusal a person can act on (invalid input, a conflict, a missing
 * record, the database away) said there plainly as the "problem"; a refusal of who may
 * (401, 403) left to its own page.
 */
public final class PageActions {

	private PageActions() {
	}

	/** Does the action; its result, or nothing when it was refused. */
	public static <T> @Nullable T act(RedirectAttributes redirect, Supplier<T> action) {
		try {
			var result = action.get();
			redirect.addFlashAttribute("notice", "saved");
			return result;
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("problem", refusal.reason());
		}
		catch (Refusal refusal) {
			int status = refusal.getStatusCode().value();
			if (status == 401 || status == 403) {
				throw refusal;
			}
			redirect.addFlashAttribute("problem", refusal.detail());
		}
		catch (RuntimeException failure) {
			if (!DatabaseOutage.explains(failure)) {
				throw failure;
			}
			redirect.addFlashAttribute("problem", DatabaseOutage.NOT_SAVED);
		}
		return null;
	}

}
