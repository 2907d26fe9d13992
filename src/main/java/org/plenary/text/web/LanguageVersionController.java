package org.plenary.text.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.system.InvalidInput;
import org.plenary.system.Language;
import org.plenary.system.PageActions;
import org.plenary.text.LanguageVersions;
import org.plenary.text.NegotiatedTexts;
import org.plenary.text.RevisionId;
import org.plenary.text.RevisionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A revision's languages side by side, paragraph by paragraph, and the form the
 * facilitators and secretariat add a version with.
 */
@Controller
class LanguageVersionController {

	private final LanguageVersions versions;

	private final NegotiatedTexts texts;

	private final org.plenary.system.DocumentReadings readings;

	LanguageVersionController(LanguageVersions versions, NegotiatedTexts texts,
			org.plenary.system.DocumentReadings readings) {
		this.versions = versions;
		this.texts = texts;
		this.readings = readings;
	}

	/**
	 * Two languages side by side ({@code lang} twice; the revision's own language and its
	 * first version when not given).
	 */
	@GetMapping("/revisions/{id}/languages")
	String sideBySide(@PathVariable RevisionId id,
			@RequestParam(name = "lang", required = false) @Nullable List<String> lang, Actor actor, Model model) {
		var languages = this.versions.languages(id, actor);
		var all = languages.all();
		var chosen = new ArrayList<Language>();
		if (lang != null) {
			for (var tag : lang) {
				var language = LanguageVersions.language(tag, "lang");
				if (language != null && !chosen.contains(language)) {
					chosen.add(language);
				}
			}
		}
		for (var language : all) {
			if (chosen.size() < 2 && !chosen.contains(language)) {
				chosen.add(language);
			}
		}
		var left = this.versions.revision(id, chosen.get(0), actor);
		var right = chosen.size() > 1 ? this.versions.revision(id, chosen.get(1), actor) : null;
		// A version lines up with the revision: the same parts, the same paragraphs.
		var parts = new ArrayList<PartRow>();
		for (int j = 0; j < left.parts().size(); j++) {
			var leftPart = left.parts().get(j);
			var rightPart = right == null || j >= right.parts().size() ? null : right.parts().get(j);
			var rows = new ArrayList<Row>();
			for (int k = 0; k < leftPart.paragraphs().size(); k++) {
				rows.add(new Row(leftPart.paragraphs().get(k), rightPart == null || k >= rightPart.paragraphs().size()
						? null : rightPart.paragraphs().get(k)));
			}
			parts.add(new PartRow(leftPart.heading(), rightPart == null ? null : rightPart.heading(), rows));
		}
		var revision = this.texts.revision(id, actor);
		model.addAttribute("revision", revision);
		model.addAttribute("text", this.texts.text(revision.text(), actor));
		model.addAttribute("languages", languages);
		model.addAttribute("left", chosen.get(0));
		model.addAttribute("right", chosen.size() > 1 ? chosen.get(1) : null);
		model.addAttribute("parts", parts);
		model.addAttribute("runs", actor.mayRun(this.texts.text(revision.text(), actor).process().value()));
		model.addAttribute("missing", Language.all().stream().filter((l) -> !all.contains(l)).toList());
		return "text/languages";
	}

	/** A version typed in {@code text} or read from {@code file}, in {@code language}. */
	@PostMapping("/revisions/{id}/versions")
	String add(@PathVariable RevisionId id, @RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable MultipartFile file, Actor actor, RedirectAttributes redirect) {
		var added = PageActions.act(redirect, () -> {
			var lang = LanguageVersionApiController.required(language, "language");
			String plain = text;
			if (file != null && !file.isEmpty()) {
				try {
					plain = this.readings.text(file.getBytes(),
							file.getOriginalFilename() == null ? "version.txt" : file.getOriginalFilename(),
							actor.username());
				}
				catch (java.io.IOException ex) {
					throw new InvalidInput("file", "The file could not be read.", "refusal.text.fileNotRead");
				}
			}
			if (plain == null || plain.isBlank()) {
				throw new InvalidInput("text", "Give the version's text, or a file.",
						"refusal.text.giveVersionTextOrFile");
			}
			this.versions.addVersion(id, lang, plain, actor);
			return lang;
		});
		if (added == null) {
			return "redirect:/revisions/" + id + "/languages";
		}
		return "redirect:/revisions/" + id + "/languages?lang=" + this.versions.languages(id, actor).original().tag()
				+ "&lang=" + added.tag();
	}

	/** A part's heading in the two languages, and its paragraphs. */
	record PartRow(String left, @Nullable String right, List<Row> rows) {
	}

	/** A paragraph in the two languages: the same paragraph, lined up. */
	record Row(RevisionView.ParagraphView left, RevisionView.@Nullable ParagraphView right) {
	}

}
