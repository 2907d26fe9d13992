package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidValue;
import org.plenary.system.Language;

/**
 * What a letter says, as its writer sets it: kind, process, date and place, addressees,
 * salutation, paragraphs, signatories, references, the letter it encloses, and the
 * meetings whose programme it carries, and the language it is written in.
 */
public record LetterDraft(LetterKind kind, @Nullable UUID process, @Nullable LocalDate writtenOn,
		@Nullable String place, String addressees, String salutation, List<String> paragraphs,
		List<Signatory> signatories, List<Reference> references, @Nullable LetterId enclosure, List<UUID> programme,
		Language language) {

	/**
	 * As the seeds address the Permanent Representatives. A letter written in Plenary has
	 * a date; only a letter of the archive whose text states none is undated.
	 */
	public static final String ALL_PERMANENT_REPRESENTATIVES = "All Permanent Representatives and Permanent Observers to the United Nations, New York";

	public LetterDraft {
		if (addressees.isBlank()) {
			throw new InvalidValue("A letter has addressees.", "refusal.correspondence.addressees");
		}
		if (paragraphs.stream().anyMatch(String::isBlank) || paragraphs.isEmpty()) {
			throw new InvalidValue("A letter has at least one paragraph, and no empty one.",
					"refusal.correspondence.paragraphs");
		}
		paragraphs = List.copyOf(paragraphs);
		signatories = List.copyOf(signatories);
		references = List.copyOf(references);
		programme = List.copyOf(programme);
	}

	/** A letter written in English. */
	public LetterDraft(LetterKind kind, @Nullable UUID process, @Nullable LocalDate writtenOn, @Nullable String place,
			String addressees, String salutation, List<String> paragraphs, List<Signatory> signatories,
			List<Reference> references, @Nullable LetterId enclosure, List<UUID> programme) {
		this(kind, process, writtenOn, place, addressees, salutation, paragraphs, signatories, references, enclosure,
				programme, Language.ENGLISH);
	}

	/** The draft's text as a version in its language. */
	public LetterVersion version() {
		return new LetterVersion(this.language, this.place, this.addressees, this.salutation, this.paragraphs,
				this.signatories.stream().map(Signatory::title).toList());
	}

}
