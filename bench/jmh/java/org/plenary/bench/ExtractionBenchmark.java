package org.plenary.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.correspondence.Extraction;
import org.plenary.correspondence.LetterExtractor;

/**
 * Letters read per second on one thread: the five seed letters in turn (issue #6 asks for at least 2,000).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

	private LetterExtractor extractor;

	private List<String> letters;

	private int next;

	@Setup
	public void readSeeds() {
		this.extractor = new LetterExtractor();
		this.letters = new ArrayList<>();
		for (var name : List.of("000_7fe24c4cba9f33ed", "001_cfcaa1c9d0e21b1b", "002_c68e2c39948bf4b6",
				"003_5c0690904785c5d7", "004_262f4ecd4f5a0460")) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/" + name + ".txt")) {
				this.letters.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Benchmark
	public Extraction extractOneLetter() {
		var letter = this.letters.get(this.next);
		this.next = (this.next + 1) % this.letters.size();
		return this.extractor.extract(letter);
	}

}
