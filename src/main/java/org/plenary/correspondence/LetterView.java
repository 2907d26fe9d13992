package org.plenary.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.schedule.MeetingView;

/**
 * A letter as pages, the API and renderings see it, with the meetings of its programme as
 * the programme of work holds them now.
 */
public record LetterView(LetterId id, LetterKind kind, @Nullable UUID process, @Nullable LocalDate writtenOn,
		@Nullable String place, String addressees, String salutation, boolean letterhead, List<String> paragraphs,
		List<Signatory> signatories, List<Reference> references, @Nullable LetterId enclosure,
		@Nullable LetterId corrects, LetterStatus status, @Nullable Instant signedAt, @Nullable Instant circulatedAt,
		List<MeetingView> programme, long version) {

	static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/**
	 * "Please accept, Excellency, the assurances of my highest consideration." — "our"
	 * when several sign.
	 */
	public String closing() {
		return "Please accept, Excellency, the assurances of %s highest consideration."
			.formatted(this.signatories.size() > 1 ? "our" : "my");
	}

	/**
	 * The dateline as the seeds write it: "New York, 13 February 2018" or "16 February
	 * 2018"; "undated" for a letter of the archive whose text states no date.
	 */
	public String dateline() {
		return (this.place == null || this.place.isBlank() ? "" : this.place + ", ")
				+ (this.writtenOn == null ? "undated" : UN_DATE.format(this.writtenOn));
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
