package org.plenary.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.correspondence.Extraction;
import org.plenary.correspondence.LetterExtractor;

/**
 * One letter without a line break, at 100,000, 200,000 and 400,000 characters (the
 * extractor's limit): the time must grow with the length, not its square. Two kinds of
 * text: the five seed letters joined with their line breaks turned into spaces, and one
 * sentence of dates, times and rooms that never ends (every date is paired with every
 * time of its sentence).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class LongLetterBenchmark {

	@Param({ "100000", "200000", "400000" })
	public int characters;

	@Param({ "seeds", "dates" })
	public String kind;

	private LetterExtractor extractor;

	private String letter;

	@Setup
	public void makeLetter() {
		this.extractor = new LetterExtractor();
		var unit = new StringBuilder();
		if (this.kind.equals("seeds")) {
			for (var name : List.of("000_7fe24c4cba9f33ed", "001_cfcaa1c9d0e21b1b", "002_c68e2c39948bf4b6",
					"003_5c0690904785c5d7", "004_262f4ecd4f5a0460")) {
				try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/" + name + ".txt")) {
					unit.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\n', ' ')).append(' ');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		else {
			unit.append("the meetings will be held on 3 May, 4 May and 5 May 2027 at 10 a.m. in Conference Room 4, ");
		}
		var text = new StringBuilder(this.characters);
		while (text.length() < this.characters) {
			text.append(unit);
		}
		this.letter = text.substring(0, this.characters);
	}

	@Benchmark
	public Extraction extractLongLetter() {
		return this.extractor.extract(this.letter);
	}

}
