package org.plenary.correspondence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Reference;
import org.plenary.correspondence.Signatory;
import org.plenary.system.DocumentWords;
import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;
import org.plenary.system.Said;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The letter form, written as a person writes a letter: paragraphs separated by an empty
 * line; a signatory a line ("Jürg Lauber | Permanent Representative of Switzerland |
 * Co-facilitator | CHE"); a reference a line ("decision 62/557", "resolution 71/1",
 * "letter 2018-02-05"); the meetings of the programme ticked.
 */
record LetterForm(@NotNull LetterKind kind, @Nullable UUID process,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate writtenOn,
		@Nullable @Size(max = 80) String place, @NotBlank @Size(max = 300) String addressees,
		@NotBlank @Size(max = 80) String salutation, @NotBlank @Size(max = 40000) String paragraphs,
		@Nullable @Size(max = 4000) String signatories, @Nullable @Size(max = 2000) String references,
		@Nullable List<UUID> programme, @Nullable UUID enclosure, @Nullable Long version,
		@Nullable @Size(max = 20) String language) {

	private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

	private static final Pattern REFERENCE = Pattern.compile("(?i)(decision|resolution|letter)\\s+(?:of\\s+)?(\\S.*)");

	static LetterForm of(LetterDraft draft) {
		return new LetterForm(draft.kind(), draft.process(), draft.writtenOn(), draft.place(), draft.addressees(),
				draft.salutation(), String.join("\n\n", draft.paragraphs()), signatoryLines(draft.signatories()),
				referenceLines(draft.references()), draft.programme(),
				draft.enclosure() == null ? null : draft.enclosure().value(), null, draft.language().tag());
	}

	static LetterForm of(LetterView letter) {
		return new LetterForm(letter.kind(), letter.process(), letter.writtenOn(), letter.place(), letter.addressees(),
				letter.salutation(), String.join("\n\n", letter.paragraphs()), signatoryLines(letter.signatories()),
				referenceLines(letter.references()), letter.programme().stream().map((m) -> m.id().value()).toList(),
				letter.enclosure() == null ? null : letter.enclosure().value(), letter.version(),
				letter.language().tag());
	}

	/** The draft the form describes; an unreadable line is refused with its field. */
	LetterDraft toDraft() {
		return new LetterDraft(this.kind, this.process, this.writtenOn, blankToNull(this.place),
				this.addressees.strip(), this.salutation.strip(),
				BLANK_LINE.splitAsStream(this.paragraphs.strip())
					.map((p) -> p.strip().replaceAll("\\s*\\R\\s*", " "))
					.filter((p) -> !p.isEmpty())
					.toList(),
				signatoryList(), referenceList(this.references),
				this.enclosure == null ? null : new LetterId(this.enclosure),
				this.programme == null ? List.of() : this.programme, DocumentWords.language(this.language, null));
	}

	long seenVersion() {
		return this.version == null ? -1 : this.version;
	}

	private List<Signatory> signatoryList() {
		var result = new ArrayList<Signatory>();
		for (var line : lines(this.signatories)) {
			var parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
			if (parts.size() > 4) {
				throw new InvalidInput("signatories",
						"Write a signatory as \"Name | Title | Role | Delegation\": \"%s\" has more parts."
							.formatted(line),
						"refusal.correspondence.signatoryForm", line);
			}
			result.add(new Signatory(parts.get(0), parts.size() > 1 ? blankToNull(parts.get(1)) : null,
					parts.size() > 2 ? blankToNull(parts.get(2)) : null,
					parts.size() > 3 ? blankToNull(parts.get(3)) : null));
		}
		return result;
	}

	/**
	 * References written one a line; an unreadable line is refused with the field
	 * {@code references}.
	 */
	static List<Reference> referenceList(@Nullable String references) {
		var result = new ArrayList<Reference>();
		for (var line : lines(references)) {
			var matcher = REFERENCE.matcher(line);
			if (!matcher.matches()) {
				throw new InvalidInput("references",
						"Write a reference as \"decision 62/557\", \"resolution 71/1\" or \"letter 2018-02-05\": \"%s\"."
							.formatted(line),
						"refusal.correspondence.referenceForm", line);
			}
			try {
				result.add(new Reference(Reference.Kind.valueOf(matcher.group(1).toUpperCase()),
						matcher.group(2).strip()));
			}
			catch (IllegalArgumentException ex) {
				var said = InvalidValue.said(ex);
				throw new InvalidInput("references",
						new Said(said.code(), said.english() + " (\"" + line + "\")", said.arguments()));
			}
		}
		return result;
	}

	static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static String signatoryLines(List<Signatory> signatories) {
		return signatories.stream()
			.map((s) -> s.name() + " | " + (s.title() == null ? "" : s.title()) + " | "
					+ (s.role() == null ? "" : s.role()) + (s.delegation() == null ? "" : " | " + s.delegation()))
			.collect(Collectors.joining("\n"));
	}

	static String referenceLines(List<Reference> references) {
		return references.stream()
			.map((r) -> r.kind().name().toLowerCase() + " " + r.cited())
			.collect(Collectors.joining("\n"));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
