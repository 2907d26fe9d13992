package org.plenary.bench;

import java.util.ArrayList;
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
import org.plenary.correspondence.LetterVersion;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.schedule.ProgrammeTable;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A letter's PDF and the programme's table in Arabic and Chinese against English, in the
 * same run (issue #17: no slower than 1.5 times English). The letter is the fifth seed
 * (cover letter and the co-facilitators' letter with six meetings), given versions in
 * Arabic and Chinese written from the templates' sentences of each language; the table
 * is the programme's six meetings laid out in the language, as the programme page and
 * its PDF lay them out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DocumentsInSixLanguagesBenchmark {

	@Param({ "en", "ar", "zh" })
	public String lang;

	private Language language;

	private LetterPrint print;

	private List<LetterView> letters;

	@Setup
	public void composeTheFifthSeedInThreeLanguages() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		this.print = new LetterPrint(engine);
		this.language = Language.ofTag(this.lang).orElseThrow();
		var versions = new ArrayList<LetterView>();
		for (var letter : LetterPrintBenchmark.fifthSeed()) {
			versions.add(new LetterView(letter.id(), letter.kind(), letter.process(), letter.writtenOn(),
					letter.place(), letter.addressees(), letter.salutation(), letter.letterhead(), letter.paragraphs(),
					letter.signatories(), letter.references(), letter.enclosure(), letter.corrects(), letter.status(),
					letter.signedAt(), letter.circulatedAt(), letter.programme(), letter.version(), Language.ENGLISH,
					List.of(version(Language.ARABIC, letter), version(Language.CHINESE, letter))));
		}
		this.letters = versions;
	}

	@Benchmark
	public byte[] letterPdf() {
		return this.print.pdf(this.letters, this.language);
	}

	@Benchmark
	public ProgrammeTable programmeTable() {
		return ProgrammeTable.of(this.letters.get(1).programme(), this.language);
	}

	/** The letter's paragraphs as the templates write them in the language. */
	private static LetterVersion version(Language language, LetterView letter) {
		var words = DocumentWords.of(language);
		var paragraphs = new ArrayList<String>();
		paragraphs.add(words.get("documents.letter.announce.capacity.several",
				words.get("documents.letter.role.CO_FACILITATOR.several"),
				"Global Compact for Safe, Orderly and Regular Migration",
				words.get("documents.letter.during", "72", "72nd")));
		var days = letter.programme().stream().map((m) -> m.slot().heldOn()).distinct().map(words::date).toList();
		if (!days.isEmpty()) {
			paragraphs.add(words.get("documents.letter.announce.meetings.several", "GCM", words.joined(days)));
		}
		paragraphs.add(words.get("documents.letter.announce.limit.several",
				words.get("documents.letter.minutes", 3, "3")));
		paragraphs.add(words.get("documents.letter.announce.lookForward.several"));
		return new LetterVersion(language, words.get("documents.letter.place"),
				words.get("documents.letter.addressees"), words.get("documents.letter.salutation"), paragraphs,
				List.of());
	}

}
