package org.plenary.correspondence;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Language;

/**
 * A letter's version in another language as stored: paragraphs separated by an empty line
 * (a paragraph holds none), signatories' titles one a line.
 */
@Embeddable
class LetterTranslation {

	private static final String PARAGRAPHS = "\n\n";

	@Column(nullable = false, length = 2)
	private String language;

	private @Nullable String place;

	@Column(nullable = false)
	private String addressees;

	@Column(nullable = false)
	private String salutation;

	@Column(nullable = false, length = 40000)
	private String paragraphs;

	@Column(name = "signatory_titles", length = 4000)
	private @Nullable String signatoryTitles;

	@SuppressWarnings("NullAway.Init")
	protected LetterTranslation() {
	}

	LetterTranslation(LetterVersion version) {
		this.language = version.language().tag();
		this.place = version.place();
		this.addressees = version.addressees();
		this.salutation = version.salutation();
		this.paragraphs = String.join(PARAGRAPHS,
				version.paragraphs().stream().map((p) -> p.strip().replaceAll("\\R\\s*\\R", "\n")).toList());
		this.signatoryTitles = String.join("\n",
				version.signatoryTitles().stream().map((t) -> t == null ? "" : t.strip()).toList());
	}

	Language language() {
		return Language.ofTag(this.language).orElse(Language.ENGLISH);
	}

	LetterVersion toVersion() {
		List<@Nullable String> titles = this.signatoryTitles == null || this.signatoryTitles.isEmpty() ? List.of()
				: Arrays.stream(this.signatoryTitles.split("\n", -1)).map((t) -> t.isBlank() ? null : t).toList();
		return new LetterVersion(language(), this.place, this.addressees, this.salutation,
				List.of(this.paragraphs.split(PARAGRAPHS)), titles);
	}

}
