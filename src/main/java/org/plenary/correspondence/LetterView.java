package org.plenary.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.process.FacilitatorRole;
import org.plenary.schedule.MeetingView;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;

/**
 * A letter as pages, the API and renderings see it, with the meetings of its programme as
 * the programme of work holds them now.
 */
public record LetterView(LetterId id, LetterKind kind, @Nullable UUID process, @Nullable LocalDate writtenOn,
		@Nullable String place, String addressees, String salutation, boolean letterhead, List<String> paragraphs,
		List<Signatory> signatories, List<Reference> references, @Nullable LetterId enclosure,
		@Nullable LetterId corrects, LetterStatus status, @Nullable Instant signedAt, @Nullable Instant circulatedAt,
		List<MeetingView> programme, long version, Language language, List<LetterVersion> translations) {

	static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public LetterView {
		translations = List.copyOf(translations);
	}

	/** A letter written in English, with no version in another language. */
	public LetterView(LetterId id, LetterKind kind, @Nullable UUID process, @Nullable LocalDate writtenOn,
			@Nullable String place, String addressees, String salutation, boolean letterhead, List<String> paragraphs,
			List<Signatory> signatories, List<Reference> references, @Nullable LetterId enclosure,
			@Nullable LetterId corrects, LetterStatus status, @Nullable Instant signedAt,
			@Nullable Instant circulatedAt, List<MeetingView> programme, long version) {
		this(id, kind, process, writtenOn, place, addressees, salutation, letterhead, paragraphs, signatories,
				references, enclosure, corrects, status, signedAt, circulatedAt, programme, version, Language.ENGLISH,
				List.of());
	}

	/**
	 * The message that names the letter's kind, said by who signs it when a letter of the
	 * facilitators is signed by people of one role: "Letter of the Co-Chairs", "Letter of
	 * the co-facilitators", "Letter of the Chair"; else the kind's own.
	 */
	public String kindMessage() {
		var kindMessage = "letter.kind." + this.kind.name();
		if (this.kind != LetterKind.FACILITATORS || this.signatories.isEmpty()) {
			return kindMessage;
		}
		var roles = this.signatories.stream().map((s) -> FacilitatorRole.written(s.role())).distinct().toList();
		if (roles.size() != 1 || roles.get(0).isEmpty()) {
			return kindMessage;
		}
		boolean one = this.signatories.size() == 1;
		return switch (roles.get(0).get()) {
			case CO_CHAIR -> kindMessage + ".coChairs";
			case CO_FACILITATOR -> kindMessage + ".coFacilitators";
			case CHAIR -> one ? kindMessage + ".chair" : kindMessage;
			case FACILITATOR -> one ? kindMessage + ".facilitator" : kindMessage;
		};
	}

	/**
	 * "Please accept, Excellency, the assurances of my highest consideration." — "our"
	 * when several sign — in the letter's language.
	 */
	public String closing() {
		return DocumentWords.of(this.language)
			.get(this.signatories.size() > 1 ? "documents.letter.closing.several" : "documents.letter.closing.one");
	}

	/**
	 * The dateline as the seeds write it: "New York, 13 February 2018" or "16 February
	 * 2018"; "undated" for a letter of the archive whose text states no date. In the
	 * letter's language ("New York, le 13 février 2018").
	 */
	public String dateline() {
		var words = DocumentWords.of(this.language);
		var day = this.writtenOn == null ? words.get("documents.letter.undated")
				: this.language.longDate(this.writtenOn);
		return this.place == null || this.place.isBlank() ? day
				: words.get("documents.letter.dateline", this.place, day);
	}

	/** The languages the letter is written in: its own first, then its versions'. */
	public List<Language> languages() {
		var all = new java.util.ArrayList<Language>();
		all.add(this.language);
		this.translations.stream().map(LetterVersion::language).forEach(all::add);
		return all;
	}

	/**
	 * The letter as its version in a language reads, or as written when it has none in
	 * that language.
	 */
	public LetterView in(Language wanted) {
		if (wanted == this.language) {
			return this;
		}
		return this.translations.stream()
			.filter((t) -> t.language() == wanted)
			.findFirst()
			.map((t) -> new LetterView(this.id, this.kind, this.process, this.writtenOn, t.place(), t.addressees(),
					t.salutation(), this.letterhead, t.paragraphs(), t.sign(this.signatories), this.references,
					this.enclosure, this.corrects, this.status, this.signedAt, this.circulatedAt, this.programme,
					this.version, wanted, this.translations))
			.orElse(this);
	}

	/** Whether the letter reads in this language, as written or in a version. */
	public boolean hasVersionIn(Language wanted) {
		return languages().contains(wanted);
	}

	/**
	 * After which paragraph the programme's table stands: the first that announces it
	 * ("…are as follows:"), otherwise the last.
	 */
	public int programmeAfter() {
		for (int i = 0; i < this.paragraphs.size(); i++) {
			if (this.paragraphs.get(i).strip().endsWith(":")) {
				return i;
			}
		}
		return this.paragraphs.size() - 1;
	}

}
