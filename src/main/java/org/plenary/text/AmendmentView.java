package org.plenary.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;

import org.jspecify.annotations.Nullable;

/** An amendment as pages and the API show it, with who backs or opposes it. */
public record AmendmentView(AmendmentId id, RevisionId revision, @Nullable UUID paragraph, AmendmentKind kind,
		@Nullable String oldWords, @Nullable String anchorWords, @Nullable String newWords,
		@Nullable ParagraphKind newKind, @Nullable String explanation, SpeakerKind holderKind, String holder,
		String holderName, Instant tabledAt, AmendmentStatus status, @Nullable String statusReason,
		List<Backer> backers, long version) {

	public AmendmentView {
		backers = List.copyOf(backers);
	}

	/** A delegation or group that co-sponsors, supports or opposes the amendment. */
	public record Backer(String holder, String name, Stance stance, LocalDate statedOn) {
	}

	public boolean isOpposed() {
		return this.backers.stream().anyMatch((b) -> b.stance() == Stance.OPPOSE);
	}

	/**
	 * "Mexico, co-sponsored by Chile, supported by the Group of 77; opposed by the
	 * European Union": who the compilation says proposed it.
	 */
	public String attribution() {
		var text = new StringBuilder(this.holderName);
		appendNames(text, Stance.CO_SPONSOR, ", co-sponsored by ");
		appendNames(text, Stance.SUPPORT, ", supported by ");
		appendNames(text, Stance.OPPOSE, "; opposed by ");
		return text.toString();
	}

	private void appendNames(StringBuilder text, Stance stance, String words) {
		var names = this.backers.stream().filter((b) -> b.stance() == stance).map(Backer::name).toList();
		if (!names.isEmpty()) {
			text.append(words).append(String.join(", ", names));
		}
	}

}
