package org.plenary.correspondence.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterVersion;
import org.plenary.correspondence.Signatory;
import org.plenary.system.DocumentWords;

/**
 * A letter's version in another language, written as the letter form is: paragraphs
 * separated by an empty line, the signatories' titles one a line in their order.
 */
record VersionForm(@NotBlank @Size(max = 20) String language, @Nullable @Size(max = 80) String place,
		@NotBlank @Size(max = 300) String addressees, @NotBlank @Size(max = 80) String salutation,
		@NotBlank @Size(max = 40000) String paragraphs, @Nullable @Size(max = 4000) String signatoryTitles) {

	private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

	/** The form filled in from a template's letter in the language. */
	static VersionForm of(LetterDraft draft) {
		return new VersionForm(draft.language().tag(), draft.place(), draft.addressees(), draft.salutation(),
				String.join("\n\n", draft.paragraphs()), String.join("\n",
						draft.signatories().stream().map((s) -> s.title() == null ? "" : s.title()).toList()));
	}

	static VersionForm of(LetterVersion version, List<Signatory> signatories) {
		var titles = new java.util.ArrayList<String>();
		for (int i = 0; i < signatories.size(); i++) {
			var title = i < version.signatoryTitles().size() ? version.signatoryTitles().get(i) : null;
			titles.add(title == null ? "" : title);
		}
		return new VersionForm(version.language().tag(), version.place(), version.addressees(), version.salutation(),
				String.join("\n\n", version.paragraphs()), String.join("\n", titles));
	}

	LetterVersion toVersion() {
		List<@Nullable String> titles = this.signatoryTitles == null ? List.of()
				: this.signatoryTitles.lines().map(String::strip).map((t) -> t.isEmpty() ? null : t).toList();
		return new LetterVersion(DocumentWords.language(this.language, null), LetterForm.blankToNull(this.place),
				this.addressees.strip(), this.salutation.strip(),
				BLANK_LINE.splitAsStream(this.paragraphs.strip())
					.map((p) -> p.strip().replaceAll("\\s*\\R\\s*", " "))
					.filter((p) -> !p.isEmpty())
					.toList(),
				titles);
	}

}
