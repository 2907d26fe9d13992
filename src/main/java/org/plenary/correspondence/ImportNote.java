package org.plenary.correspondence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Refusal;
import org.plenary.system.Said;

/**
 * Why an imported file failed, or what its reviewer must give before it is stored: the
 * English reason (for the API) and, where the bundles have it, the message's code and
 * arguments, so that the batch and review pages say it in the reader's language.
 */
record ImportNote(String reason, @Nullable String code, List<String> arguments) {

	static final ImportNote NO_DATE = new ImportNote("The letter states no date: give it before storing the letter.",
			"imports.note.noDate", List.of());

	static final ImportNote NO_PROCESS = new ImportNote(
			"The letter names no process Plenary knows: choose one, or create it.", "imports.note.noProcess",
			List.of());

	static final ImportNote NO_SIGNER = new ImportNote("No signatory was found: add who signed the letter.",
			"imports.note.noSigner", List.of());

	static final ImportNote IN_ARCHIVE = new ImportNote("This letter is in the archive already; nothing was added.",
			"imports.note.inArchive", List.of());

	static final ImportNote EMPTY = new ImportNote("The file is empty.", "imports.note.empty", List.of());

	static final ImportNote STOPPED = new ImportNote("Plenary stopped before reading this file: upload it again.",
			"imports.note.stopped", List.of());

	ImportNote {
		arguments = List.copyOf(arguments);
	}

	/** The same letter as another file of the archive's queue, waiting for its review. */
	static ImportNote sameAsWaiting(String fileName) {
		return new ImportNote("The same letter as %s, which is waiting for review.".formatted(fileName),
				"imports.note.sameAsWaiting", List.of(fileName));
	}

	/**
	 * A file over the size a letter has; the page's message leaves the bytes to the
	 * batch's column of sizes.
	 */
	static ImportNote tooLarge(long bytes) {
		return new ImportNote("The file is larger than 10 MB (%,d bytes): a letter is smaller; is it the right file?"
			.formatted(bytes), "imports.note.tooLarge", List.of());
	}

	/** A file that could not be read for a reason of the program's, not the file's. */
	static ImportNote couldNotRead(RuntimeException failure) {
		var kind = failure.getClass().getSimpleName();
		return new ImportNote("Plenary could not read this file (" + kind + "); try again, or import it as text.",
				"imports.note.couldNotRead", List.of(kind));
	}

	/** A refusal's sentence, with its message when the bundles have one. */
	static ImportNote of(Refusal refusal) {
		var said = refusal.said();
		var coded = !Said.ENGLISH_ONLY.equals(said.code());
		return new ImportNote(refusal.detail(), coded ? said.code() : null,
				coded ? Arrays.stream(said.arguments()).map(ImportNote::argument).toList() : List.of());
	}

	private static String argument(@Nullable Object value) {
		return Objects.toString(value, "");
	}

}
