package org.plenary.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.plenary.system.Language;

/**
 * The languages a revision reads in: the one it was written in, and its versions in the
 * other official languages, with who added each and when.
 */
public record RevisionLanguages(RevisionId revision, String label, Language original, List<Version> versions) {

	public RevisionLanguages {
		versions = List.copyOf(versions);
	}

	/** A version in another language. */
	public record Version(Language language, String addedBy, Instant addedAt) {
	}

	/** Every language it reads in, the original first. */
	public List<Language> all() {
		var all = new ArrayList<Language>();
		all.add(this.original);
		this.versions.forEach((v) -> all.add(v.language()));
		return all;
	}

}
