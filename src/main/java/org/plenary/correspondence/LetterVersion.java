package org.plenary.correspondence;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidValue;
import org.plenary.system.Language;

/**
 * A letter's text in one of the six languages: its place, addressees, salutation and
 * paragraphs, and its signatories' titles in that language (in their order; none given, a
 * signatory keeps the title of the original). A letter carries its original and its
 * versions in other languages; a circulated letter's never change.
 */
public record LetterVersion(Language language, @Nullable String place, String addressees, String salutation,
		List<String> paragraphs, List<@Nullable String> signatoryTitles) {

	public LetterVersion {
		if (addressees.isBlank() || salutation.isBlank()) {
			throw new InvalidValue("A letter's version has addressees and a salutation.",
					"refusal.correspondence.versionAddressees");
		}
		if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(String::isBlank)) {
			throw new InvalidValue("A letter has at least one paragraph, and no empty one.",
					"refusal.correspondence.paragraphs");
		}
		paragraphs = List.copyOf(paragraphs);
		signatoryTitles = java.util.Collections.unmodifiableList(new ArrayList<>(signatoryTitles));
	}

	/** The signatories as this version names them. */
	List<Signatory> sign(List<Signatory> signatories) {
		var signed = new ArrayList<Signatory>();
		for (int i = 0; i < signatories.size(); i++) {
			var original = signatories.get(i);
			var title = i < this.signatoryTitles.size() && this.signatoryTitles.get(i) != null
					&& !this.signatoryTitles.get(i).isBlank() ? this.signatoryTitles.get(i) : original.title();
			signed.add(new Signatory(original.name(), title, original.role(), original.delegation()));
		}
		return signed;
	}

}
