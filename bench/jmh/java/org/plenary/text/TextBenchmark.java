package org.plenary.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.plenary.delegation.SpeakerKind;

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

/**
 * The compilation text and the comparison of a 40-page text: 200 paragraphs of about 100
 * words in 20 parts, 300 amendments on it, and a next revision where 60 paragraphs have
 * changed words, 5 are gone, 5 new and 3 moved. The two texts are also written to
 * target/bench-text/ (a paragraph a line) for `git diff --word-diff` in bench/text/run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class TextBenchmark {

	private static final List<String> WORDS = List.of("Member", "States", "commit", "to", "the", "global", "compact",
			"on", "safe", "orderly", "and", "regular", "migration", "in", "accordance", "with", "international", "law",
			"national", "policies", "cooperation", "data", "rights", "of", "all", "migrants", "regardless", "status",
			"strengthen", "capacities", "at", "local", "regional", "levels", "we", "will", "ensure", "that", "a",
			"whole-of-government", "approach", "is", "taken", "by", "relevant", "stakeholders");

	private RevisionView zero;

	private RevisionView next;

	private List<AmendmentView> amendments;

	private List<Paragraph> zeroParagraphs;

	private List<Lineage.Candidate> readFromWord;

	private RevisionView zeroRead;

	@Setup
	public void writeTheTexts() {
		var random = new Random(20261126);
		var paragraphs = new ArrayList<Paragraph>();
		for (int i = 0; i < 200; i++) {
			var kind = i % 10 == 0 ? ParagraphKind.PREAMBULAR : i % 7 == 3 ? ParagraphKind.SUBPARAGRAPH
					: ParagraphKind.OPERATIVE;
			paragraphs.add(new Paragraph(UUID.randomUUID(), i + 1, "Part " + (i / 10 + 1), kind, sentence(random, 100)));
		}
		this.zero = view(paragraphs, "Zero draft");
		var changed = new ArrayList<Paragraph>();
		for (var paragraph : paragraphs) {
			int roll = random.nextInt(200);
			if (roll < 5) {
				continue;
			}
			var text = paragraph.text();
			if (roll < 65) {
				var words = new ArrayList<>(List.of(text.split(" ")));
				int at = random.nextInt(words.size() - 5);
				words.set(at, WORDS.get(random.nextInt(WORDS.size())));
				words.add(at + 2, WORDS.get(random.nextInt(WORDS.size())));
				words.remove(at + 4);
				text = String.join(" ", words);
			}
			changed.add(paragraph.copy(changed.size() + 1, text));
			if (roll >= 195) {
				changed.add(new Paragraph(UUID.randomUUID(), changed.size() + 1, paragraph.part(), ParagraphKind.OPERATIVE,
						sentence(random, 80)));
			}
		}
		for (int m = 0; m < 3; m++) {
			int from = 10 + random.nextInt(changed.size() - 20);
			Collections.swap(changed, from, from + 7);
		}
		this.next = view(changed, "Rev.1");
		this.zeroParagraphs = paragraphs;
		// Rev.1 as read from the co-facilitators' Word file: the same paragraphs, no lineage.
		this.readFromWord = changed.stream().map((p) -> new Lineage.Candidate(p.part(), p.kind(), p.text())).toList();
		this.zeroRead = this.zero;
		this.amendments = new ArrayList<>();
		var kinds = AmendmentKind.values();
		for (int a = 0; a < 300; a++) {
			var paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
			var words = paragraph.text().split(" ");
			int at = random.nextInt(words.length - 6);
			var quoted = String.join(" ", List.of(words).subList(at, at + 4));
			var kind = kinds[random.nextInt(kinds.length)];
			this.amendments.add(new AmendmentView(new AmendmentId(UUID.randomUUID()), this.zero.id(),
					paragraph.lineage(), kind, quoted, quoted, sentence(random, 6), ParagraphKind.OPERATIVE, null,
					SpeakerKind.DELEGATION, "MEX", "Mexico", Instant.EPOCH.plusSeconds(a), AmendmentStatus.TABLED, null,
					a % 4 == 0 ? List.of(new AmendmentView.Backer("HUN", "Hungary", Stance.OPPOSE, LocalDate.EPOCH))
							: List.of(),
					0));
		}
		write("zero.txt", this.zero);
		write("rev1.txt", this.next);
	}

	@Benchmark
	public CompilationView compile() {
		return Compilation.of(this.zero, this.amendments, null);
	}

	@Benchmark
	public RevisionComparison compare() {
		return Comparison.between(this.zero, this.next);
	}

	/** Rev.1 read from Word: its paragraphs matched to the zero draft's (Lineage), nothing else. */
	@Benchmark
	public List<UUID> matchReadFromWord() {
		return Lineage.lineages(this.zeroParagraphs, this.readFromWord);
	}

	/**
	 * Rev.1 read from Word, compared with the zero draft: the lineage matching, then the
	 * comparison paragraph by paragraph and word by word.
	 */
	@Benchmark
	public RevisionComparison matchAndCompareReadFromWord() {
		var lineages = Lineage.lineages(this.zeroParagraphs, this.readFromWord);
		var read = new ArrayList<Paragraph>(this.readFromWord.size());
		for (int i = 0; i < this.readFromWord.size(); i++) {
			var candidate = this.readFromWord.get(i);
			read.add(new Paragraph(lineages.get(i), i + 1, candidate.part(), candidate.kind(), candidate.text()));
		}
		return Comparison.between(this.zeroRead, view(read, "Rev.1"));
	}

	private static RevisionView view(List<Paragraph> paragraphs, String label) {
		return new RevisionView(new RevisionId(UUID.randomUUID()), new TextId(UUID.randomUUID()), "A 40-page text", null,
				0, label, true, LocalDate.EPOCH, false, Numbering.parts(paragraphs), 0);
	}

	private static String sentence(Random random, int length) {
		var words = new ArrayList<String>();
		for (int i = 0; i < length; i++) {
			words.add(WORDS.get(random.nextInt(WORDS.size())));
		}
		return String.join(" ", words) + ".";
	}

	private static void write(String name, RevisionView revision) {
		try {
			var folder = Path.of("target", "bench-text");
			Files.createDirectories(folder);
			var lines = revision.paragraphs().stream().map(RevisionView.ParagraphView::text).toList();
			Files.write(folder.resolve(name), lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
