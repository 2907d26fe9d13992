package org.plenary.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page template must keep: its words in the message bundle (so that six
 * languages can follow), and no inline script or event handler (the
 * Content-Security-Policy would block them).
 */
class TemplatesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' \\+");

	@Test
	void everyMessageATemplateUsesIsInTheBundle() throws IOException {
		// Every English bundle: messages.properties, texts.properties and
		// documents.properties, named in spring.messages.basename.
		var bundle = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (var file : files.filter((f) -> f.getFileName().toString().matches("[a-z]+\\.properties")).toList()) {
				try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
					bundle.load(in);
				}
			}
		}
		var missing = new TreeSet<String>();
		for (var template : templates()) {
			var html = Files.readString(template);
			MESSAGE_KEY.matcher(html).results().map((m) -> m.group(1)).forEach((key) -> {
				if (!bundle.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			});
			DYNAMIC_KEY.matcher(html).results().map((m) -> m.group(1)).forEach((prefix) -> {
				if (bundle.stringPropertyNames().stream().noneMatch((key) -> key.startsWith(prefix))) {
					missing.add(TEMPLATES.relativize(template) + ": " + prefix + "*");
				}
			});
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHasInlineScriptOrEventHandlers() throws IOException {
		var inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		var handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		var style = Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE);
		for (var template : templates()) {
			if (template.toString().contains("/print/")) {
				// Printed documents (PDF) are rendered on the server, never served to a
				// browser.
				continue;
			}
			var html = Files.readString(template);
			assertThat(inlineScript.matcher(html).find()).as("inline <script> in " + template).isFalse();
			assertThat(handler.matcher(html).find()).as("on…= handler in " + template).isFalse();
			assertThat(style.matcher(html).find()).as("inline style in " + template).isFalse();
		}
	}

	@Test
	void theStylesheetUsesLogicalPropertiesSoRightToLeftNeedsNoRewrite() throws IOException {
		var css = Files.readString(Path.of("src/main/resources/static/css/plenary.css"))
			.replaceAll("(?s)/\\*.*?\\*/", "");
		assertThat(css).doesNotContainPattern("(margin|padding|border)-(left|right)\\b")
			.doesNotContainPattern("text-align:\\s*(left|right)")
			.doesNotContainPattern("\\b(float):\\s*(left|right)");
	}

	private static java.util.List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).toList();
		}
	}

}
