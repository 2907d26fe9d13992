package org.plenary.correspondence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.system.ScannedPages;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar plenary.jar extract [--out DIR] FILE...}: prints what each letter says
 * as one JSON document per file, or with {@code --out} writes {@code DIR/NAME.json} for
 * each {@code NAME.txt}, {@code .pdf} or {@code .docx}. Starts no web server and touches
 * no database. A file that cannot be read is reported on standard error with the reason;
 * the others continue, and the exit status says whether all were read.
 */
public final class ExtractCommand {

	private ExtractCommand() {
	}

	public static int run(List<String> arguments, PrintStream out, PrintStream err) {
		Path outDir = null;
		var files = new ArrayList<Path>();
		for (int i = 0; i < arguments.size(); i++) {
			if (arguments.get(i).equals("--out") && i + 1 < arguments.size()) {
				outDir = Path.of(arguments.get(++i));
			}
			else {
				files.add(Path.of(arguments.get(i)));
			}
		}
		if (files.isEmpty()) {
			err.println("usage: java -jar plenary.jar extract [--out DIR] FILE...");
			return 2;
		}
		var json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		var extractor = new LetterExtractor();
		int failed = 0;
		try (var scans = ScannedPages.withDefaults()) {
			for (var file : files) {
				failed += extractOne(file, outDir, extractor, scans, json, out, err) ? 0 : 1;
			}
		}
		return failed == 0 ? 0 : 1;
	}

	private static boolean extractOne(Path file, @Nullable Path outDir, LetterExtractor extractor, ScannedPages scans,
			JsonMapper json, PrintStream out, PrintStream err) {
		try {
			var extraction = extractor
				.extract(LetterFiles.text(Files.readAllBytes(file), file.getFileName().toString(), scans));
			var document = json.writeValueAsString(extraction);
			if (outDir != null) {
				Files.createDirectories(outDir);
				var name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json";
				Files.writeString(outDir.resolve(name), document + "\n");
			}
			else {
				out.println(document);
			}
		}
		catch (UnreadableLetter refusal) {
			err.println(file + ": " + refusal.reason());
			return false;
		}
		catch (IOException ex) {
			err.println(file + ": cannot be read (" + ex.getMessage() + ")");
			return false;
		}
		return true;
	}

}
