package org.plenary.correspondence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random and mutated letters, from a fixed seed so that a failure can be replayed: the
 * extractor throws nothing but its own clear refusal, and no letter takes it more than
 * 100 ms of the processor (no runaway regular expression). The time is the thread's own
 * processor time, not the clock's: a loaded machine that runs other work in between makes
 * a letter late, not slow.
 */
class ExtractionFuzzTests {

	static final long SEED = 20261125L;

	static final int CASES = 600;

	static final String ALPHABET = "0123456789 .,:;-–()/\t\nAaPpMmJanuaryFebruaryMarch 10:00am-1:00pm Excellency, "
			+ "Trusteeship Council Chamber Conference Room 4 decision 62/557 resolution 71/280 ~~C~~ <sup>th</sup> é ü ";

	@Test
	void neverThrowsAnythingButItsOwnRefusalAndNeverTakesMoreThan100Milliseconds() throws IOException {
		var extractor = new LetterExtractor();
		extractor.extract("warm up on 19 November 2024 at 10 a.m. in the Trusteeship Council Chamber");
		var random = new Random(SEED);
		var seeds = seeds();
		long slowest = 0;
		for (int i = 0; i < CASES; i++) {
			var text = switch (i % 4) {
				case 0 -> mutate(seeds.get(random.nextInt(seeds.size())), random);
				case 1 -> noise(random, 1 + random.nextInt(4000));
				case 2 -> splice(seeds, random);
				default -> repeatedly(seeds.get(random.nextInt(seeds.size())), random);
			};
			long millis = timed(extractor, text, i);
			if (millis >= 100) {
				// A runaway pattern is slow every time; a pause of the JVM (collection,
				// compilation) is not.
				millis = Math.min(millis, timed(extractor, text, i));
			}
			slowest = Math.max(slowest, millis);
			assertThat(millis).as("case %d (%d characters), measured twice", i, text.length()).isLessThan(100);
		}
		System.out.println("Slowest of " + CASES + " fuzzed letters: " + slowest + " ms");
	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static long timed(LetterExtractor extractor, String text, int index) {
		long start = THREADS.getCurrentThreadCpuTime();
		try {
			extractor.extract(text);
		}
		catch (UnreadableLetter refusal) {
			// A refusal explains the text; it is never a rule that gave up on it.
			assertThat(refusal.reason()).as("case %d", index)
				.isNotBlank()
				.doesNotContain("Error")
				.doesNotContain("Exception");
		}
		catch (RuntimeException other) {
			fail("Case %d threw %s on: %s".formatted(index, other, text.substring(0, Math.min(300, text.length()))));
		}
		return (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
	}

	private static List<String> seeds() throws IOException {
		var texts = new ArrayList<String>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:seeds/*.txt")) {
			texts.add(new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		return texts;
	}

	private static String mutate(String text, Random random) {
		var chars = new StringBuilder(text);
		int edits = 1 + random.nextInt(60);
		for (int e = 0; e < edits && chars.length() > 0; e++) {
			int at = random.nextInt(chars.length());
			switch (random.nextInt(4)) {
				case 0 -> chars.deleteCharAt(at);
				case 1 -> chars.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
				case 2 -> chars.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
				default -> {
					int length = Math.min(chars.length() - at, random.nextInt(200));
					chars.insert(random.nextInt(chars.length()), chars.substring(at, at + length));
				}
			}
		}
		return chars.toString();
	}

	private static String noise(Random random, int length) {
		var chars = new StringBuilder();
		for (int i = 0; i < length; i++) {
			chars.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
					: ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return chars.toString();
	}

	private static String splice(List<String> seeds, Random random) {
		var a = seeds.get(random.nextInt(seeds.size()));
		var b = seeds.get(random.nextInt(seeds.size()));
		return a.substring(0, random.nextInt(a.length())) + b.substring(random.nextInt(b.length()));
	}

	/** Long runs of one token, the usual trigger of catastrophic backtracking. */
	private static String repeatedly(String text, Random random) {
		var token = List.of("1 and ", "10.00 ", "Mr. ", "of ", "- ", "12, ", "a.m. ", "\t", "H.E. ", "Co-Chair ")
			.get(random.nextInt(10));
		return text.substring(0, random.nextInt(text.length())) + token.repeat(200 + random.nextInt(800));
	}

}
