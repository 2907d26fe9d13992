package org.plenary.correspondence;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.plenary.process.EarlierAppointment;

/**
 * The people the register knows — the Presidents of the Assembly and the facilitators of
 * its processes — against whom a signer's name, as a letter writes it, is matched:
 * garbled by OCR ("G6mez", "Lykketofi"), without its accents ("Lajcak"), misspelt by the
 * letter itself ("Nevill Gertze"), or reduced to a surname ("(Signed) Akram").
 * <p>
 * Every match states its confidence, from 100 (the same words but for case and accents)
 * down. A match of at least {@value #APPLIED} writes the name as the register does; one
 * of at least {@value #SUGGESTED} is offered to the reviewer and changes nothing. The
 * person's family name — the last word of the register's name, or in a name of three
 * words or more the last but one — must be among the words written: a shared given name
 * alone ("Mogens Jensen", "Mogens Lykketoft") is no match, nor is a family name written
 * without two letters in a row of the register's.
 * <ul>
 * <li>Each word written is paired with the register's word it is closest to, counting the
 * letters to add, remove, change or swap; a change OCR often makes ("6" for "o", "fi" for
 * "ft", "m" for "rn") counts half.</li>
 * <li>The confidence is the pairs' closeness, weighed by the words' lengths, less a share
 * for each word written that pairs with none (0.8 of it left) and for each of the
 * register's words not written (0.93).</li>
 * <li>The letter's context makes a match {@value #IN_CONTEXT} surer, twice at most: the
 * person leads the process the letter names or is the President on the letter's date; and
 * the signer's State, as the letter gives it, is the person's delegation.</li>
 * </ul>
 */
public final class KnownPeople {

	/** From this confidence on, the register's spelling replaces the letter's. */
	public static final int APPLIED = 90;

	/** From this confidence on, the match is offered to the reviewer. */
	public static final int SUGGESTED = 60;

	static final int IN_CONTEXT = 5;

	/** What the register knows a person as, for matches: {@code PRESIDENT}. */
	public static final String PRESIDENT = "PRESIDENT";

	private static final Set<String> HONORIFICS = Set.of("h", "e", "he", "mr", "ms", "mrs", "dr", "madam", "sir",
			"ambassador", "his", "her", "excellency", "signed", "prof");

	/** Pairs of characters OCR takes one for the other (either way round). */
	private static final String[] CONFUSED = { "0o", "1l", "1i", "il", "6o", "6b", "5s", "8b", "2z", "ce", "ft", "ti",
			"nm", "un", "ae" };

	/** The same pairs as a table of 128 × 128, both ways. */
	private static final boolean[] CONFUSED_PAIRS = new boolean[128 * 128];

	static {
		for (var pair : CONFUSED) {
			CONFUSED_PAIRS[pair.charAt(0) * 128 + pair.charAt(1)] = true;
			CONFUSED_PAIRS[pair.charAt(1) * 128 + pair.charAt(0)] = true;
		}
	}

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * A person the register knows.
	 *
	 * @param name as the register writes it
	 * @param role {@link #PRESIDENT} or a facilitator's role ({@code CO_CHAIR}, …)
	 * @param session the session in which they held it
	 * @param process a facilitator's process (its short name)
	 * @param state a facilitator's delegation, as the register names it ("Pakistan")
	 * @param from a President's first day, or the first day of the session in which an
	 * earlier President appointed a facilitator
	 * @param until the matching last day
	 */
	public record Person(String name, String role, int session, @Nullable String process, @Nullable String state,
			@Nullable LocalDate from, @Nullable LocalDate until) {

		static Person president(int session, String name, LocalDate from, @Nullable LocalDate until) {
			return new Person(name, PRESIDENT, session, null, null, from, until);
		}

		static Person facilitator(String name, String role, int session, String process, @Nullable String state) {
			return new Person(name, role, session, process, state, null, null);
		}

		/**
		 * A person an earlier President appointed, as the register of earlier
		 * appointments records them: their mandate stands for the process, and the days
		 * of the session in which they were appointed for a President's term (a letter of
		 * those days is in context).
		 */
		static Person appointed(EarlierAppointment appointment, @Nullable LocalDate from, @Nullable LocalDate until) {
			return new Person(appointment.personName(), appointment.role(), appointment.session(),
					appointment.mandate(), appointment.delegationName(), from, until);
		}

		/**
		 * How much of the letter's context is the person's, from 0 to 2: their process or
		 * their term as President; their State.
		 */
		int context(@Nullable String letterProcess, @Nullable LocalDate date, @Nullable String signersState) {
			int context = this.state != null && this.state.equalsIgnoreCase(signersState) ? 1 : 0;
			if (this.process != null && this.process.equalsIgnoreCase(letterProcess)) {
				return context + 1;
			}
			if (this.from == null || date == null) {
				return context;
			}
			return context + (!date.isBefore(this.from) && !date.isAfter(lastDay(this.from, this.until)) ? 1 : 0);
		}

	}

	/**
	 * A President's last day: the session's close where the register records it, else a
	 * year and a week after its opening (the next session opens in September).
	 */
	static LocalDate lastDay(LocalDate from, @Nullable LocalDate until) {
		return until != null ? until : from.plusYears(1).plusDays(7);
	}

	private final List<Person> people;

	/**
	 * Each person's name as words: folded (for the same name) and as OCR compares them.
	 */
	private final List<Words> words;

	/** The people by their folded name, to find the same name without comparing. */
	private final Map<String, List<Integer>> same = new HashMap<>();

	/**
	 * The people whose family name holds a pair of letters, by the pair: a name written
	 * is compared only with those whose family name shares a pair of letters with it.
	 */
	private final Map<Integer, BitSet> byFamilyPair = new HashMap<>();

	private KnownPeople(List<Person> people) {
		this.people = List.copyOf(people);
		this.words = this.people.stream().map((p) -> Words.of(p.name())).toList();
		for (int i = 0; i < this.words.size(); i++) {
			var words = this.words.get(i);
			this.same.computeIfAbsent(String.join(" ", words.folded()), (k) -> new ArrayList<>()).add(i);
			var compared = words.compared();
			for (int f = Math.max(0, compared.length - (compared.length >= 3 ? 2 : 1)); f < compared.length; f++) {
				for (int pair : pairs(compared[f])) {
					this.byFamilyPair.computeIfAbsent(pair, (k) -> new BitSet()).set(i);
				}
			}
		}
	}

	public static KnownPeople of(List<Person> people) {
		return new KnownPeople(people);
	}

	/**
	 * The senders with their matches: a name the register knows surely is written as the
	 * register writes it, the letter's spelling kept in the match; a sender matched
	 * before is matched again from what the letter wrote; a sender the letter does not
	 * name, whom a rule supplied, is kept as it is.
	 */
	public List<Extraction.Sender> matched(List<Extraction.Sender> senders, @Nullable String process,
			@Nullable LocalDate date) {
		var result = new ArrayList<Extraction.Sender>(senders.size());
		for (var sender : senders) {
			if (sender.supplied()) {
				result.add(sender);
				continue;
			}
			var written = sender.written();
			var match = match(written, process, date, sender.country()).orElse(null);
			var name = match != null && match.applied() ? spelling(written, match) : written;
			result.add(new Extraction.Sender(name, sender.role(), sender.country(), match));
		}
		return result;
	}

	/**
	 * How a matched name is written: as the register writes it, unless the letter writes
	 * the same words in small letters with as many accents of its own ("Gómez" where a
	 * source without accents gave "Gomez", "Kőrösi" where one gave "Körösi"): a match
	 * restores the accents and capitals a letter lost, it never takes a letter's away.
	 */
	static String spelling(String written, Extraction.Match match) {
		var person = match.person();
		int accents = accents(written);
		if (match.confidence() < 100 || accents == 0 || accents < accents(person)
				|| written.equals(written.toUpperCase(Locale.ROOT))) {
			return person;
		}
		var words = written.strip();
		// The letter's spelling only where it is the name alone, without an honorific.
		return NOT_A_LETTER.split(words).length == Words.of(words).folded().length ? words : person;
	}

	/** The letters of a name outside ASCII: its accented letters ("é", "ő", "ł"). */
	private static int accents(String name) {
		int accents = 0;
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 128 && Character.isLetter(name.charAt(i))) {
				accents++;
			}
		}
		return accents;
	}

	/**
	 * The person the register knows whom a written name most likely is, if the match
	 * reaches {@value #SUGGESTED}; the surer of two, then the one in context, then the
	 * latest session.
	 */
	public Optional<Extraction.Match> match(String written, @Nullable String process, @Nullable LocalDate date) {
		return match(written, process, date, null);
	}

	/** The same, for a signer the letter gives a State. */
	public Optional<Extraction.Match> match(String written, @Nullable String process, @Nullable LocalDate date,
			@Nullable String state) {
		var name = Words.of(written);
		if (name.folded.length == 0) {
			return Optional.empty();
		}
		var sameName = this.same.get(String.join(" ", name.folded));
		// Only the candidates are compared, in the register's order, not every person:
		// the
		// people of the same name, or else those whose family name shares a pair of
		// letters.
		var candidates = new BitSet();
		if (sameName != null) {
			sameName.forEach(candidates::set);
		}
		else {
			for (var word : name.compared) {
				for (int pair : pairs(word)) {
					var holders = this.byFamilyPair.get(pair);
					if (holders != null) {
						candidates.or(holders);
					}
				}
			}
		}
		Person best = null;
		int bestConfidence = 0;
		int bestContext = 0;
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			int confidence = sameName != null ? 100 : confidence(name, this.words.get(i));
			if (confidence == 0) {
				continue;
			}
			var person = this.people.get(i);
			int context = person.context(process, date, state);
			if (confidence < 100) {
				confidence = Math.min(99, confidence + context * IN_CONTEXT);
			}
			if (confidence > bestConfidence || confidence == bestConfidence && best != null
					&& (context > bestContext || context == bestContext && person.session() > best.session())) {
				best = person;
				bestConfidence = confidence;
				bestContext = context;
			}
		}
		if (best == null || bestConfidence < SUGGESTED) {
			return Optional.empty();
		}
		return Optional.of(new Extraction.Match(written.strip(), best.name(), bestConfidence, bestConfidence >= APPLIED,
				best.role(), best.session(), best.process()));
	}

	/** A word's pairs of letters in a row, each as one number. */
	private static int[] pairs(String word) {
		if (word.length() < 2) {
			return new int[0];
		}
		var pairs = new int[word.length() - 1];
		for (int i = 0; i < pairs.length; i++) {
			pairs[i] = word.charAt(i) << 16 | word.charAt(i + 1);
		}
		return pairs;
	}

	/**
	 * How sure it is that a name as written is a known person's, from 0 to 100: 100 for
	 * the same words but for case and accents, at most 98 otherwise, 0 where the family
	 * name is not written.
	 */
	static int confidence(Words written, Words known) {
		if (known.folded.length == 0) {
			return 0;
		}
		if (java.util.Arrays.equals(written.folded, known.folded)) {
			return 100;
		}
		var w = written.compared;
		var k = known.compared;
		// The family name must be written, close enough, before anything else is paired:
		// the last word, or of three or more, the last but one ("Espinosa Garcés").
		boolean twoFamilyNames = k.length >= 3;
		if (!anyClose(w, k[k.length - 1]) && !(twoFamilyNames && anyClose(w, k[k.length - 2]))) {
			return 0;
		}
		double[][] closeness = new double[w.length][k.length];
		for (int i = 0; i < w.length; i++) {
			for (int j = 0; j < k.length; j++) {
				closeness[i][j] = closeness(w[i], k[j]);
			}
		}
		boolean[] writtenPaired = new boolean[w.length];
		boolean[] knownPaired = new boolean[k.length];
		double weighed = 0;
		double weights = 0;
		// Whole words first, the closest pair each time.
		while (true) {
			int bi = -1;
			int bj = -1;
			double bc = 0.5;
			for (int i = 0; i < w.length; i++) {
				for (int j = 0; j < k.length; j++) {
					if (!writtenPaired[i] && !knownPaired[j] && w[i].length() > 1 && k[j].length() > 1
							&& closeness[i][j] >= bc && (bi < 0 || closeness[i][j] > closeness[bi][bj])) {
						bi = i;
						bj = j;
						bc = closeness[i][j];
					}
				}
			}
			if (bi < 0) {
				break;
			}
			writtenPaired[bi] = true;
			knownPaired[bj] = true;
			weighed += bc * k[bj].length();
			weights += k[bj].length();
		}
		if (!knownPaired[k.length - 1] && !(twoFamilyNames && knownPaired[k.length - 2]) || weights == 0) {
			return 0;
		}
		// Then initials, with a word they begin.
		for (int i = 0; i < w.length; i++) {
			if (writtenPaired[i] || w[i].length() != 1) {
				continue;
			}
			for (int j = 0; j < k.length; j++) {
				if (!knownPaired[j] && k[j].charAt(0) == w[i].charAt(0)) {
					writtenPaired[i] = true;
					knownPaired[j] = true;
					break;
				}
			}
		}
		double score = weighed / weights;
		for (int i = 0; i < w.length; i++) {
			if (!writtenPaired[i]) {
				score *= w[i].length() == 1 ? 0.97 : 0.8;
			}
		}
		for (int j = 0; j < k.length; j++) {
			if (!knownPaired[j]) {
				score *= k[j].length() == 1 ? 0.98 : 0.93;
			}
		}
		return Math.min(98, (int) Math.round(score * 100));
	}

	private static boolean anyClose(String[] words, String family) {
		if (family.length() < 2) {
			return false;
		}
		for (var word : words) {
			int longer = Math.max(word.length(), family.length());
			// Close, closeness(word, family) >= 0.5, is at most as many half edits as the
			// longer has letters.
			if (word.length() > 1 && Math.abs(word.length() - family.length()) * 2 <= longer
					&& halfEdits(word, family, longer) <= longer) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How close two words are, from 0 to 1: one less the share of their letters to add,
	 * remove, change or swap to make one the other (a change OCR often makes counts
	 * half). An initial is close only to itself.
	 */
	static double closeness(String a, String b) {
		if (a.length() <= 1 || b.length() <= 1) {
			return a.equals(b) ? 1 : 0;
		}
		return 1 - halfEdits(a, b) / 2.0 / Math.max(a.length(), b.length());
	}

	/**
	 * This thread's three rows of {@link #halfEdits}, kept between words: names are
	 * compared by the dozen for each signer, and three new rows each time were a tenth of
	 * what reading a letter allocates.
	 */
	private static final ThreadLocal<int[][]> ROWS = ThreadLocal
		.withInitial(() -> new int[][] { new int[32], new int[32], new int[32] });

	/** Optimal string alignment distance, counted in half edits, three rows at a time. */
	private static int halfEdits(String a, String b) {
		return halfEdits(a, b, Integer.MAX_VALUE);
	}

	/**
	 * The same, or any number above a limit once two rows in a row are all above it: no
	 * later row can come back under (each cell is at least the least of the two rows
	 * before it).
	 */
	private static int halfEdits(String a, String b, int limit) {
		int n = a.length();
		int m = b.length();
		var rows = ROWS.get();
		if (rows[0].length <= m) {
			rows = new int[][] { new int[m + 1], new int[m + 1], new int[m + 1] };
			ROWS.set(rows);
		}
		int[] twoBefore = rows[0];
		int[] before = rows[1];
		int[] row = rows[2];
		for (int j = 0; j <= m; j++) {
			before[j] = 2 * j;
		}
		int leastBefore = 0;
		for (int i = 1; i <= n; i++) {
			char x = a.charAt(i - 1);
			row[0] = 2 * i;
			int least = row[0];
			for (int j = 1; j <= m; j++) {
				char y = b.charAt(j - 1);
				int change = x == y ? 0 : confused(x, y) ? 1 : 2;
				int best = Math.min(Math.min(before[j] + 2, row[j - 1] + 2), before[j - 1] + change);
				if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
					best = Math.min(best, twoBefore[j - 2] + 2);
				}
				row[j] = best;
				least = Math.min(least, best);
			}
			if (least > limit && leastBefore > limit) {
				return least;
			}
			leastBefore = least;
			var spare = twoBefore;
			twoBefore = before;
			before = row;
			row = spare;
		}
		return before[m];
	}

	private static boolean confused(char x, char y) {
		return x < 128 && y < 128 && CONFUSED_PAIRS[x * 128 + y];
	}

	/**
	 * A name's words without honorifics: folded (lower case, no accents) to find the same
	 * name, and as compared (OCR's "rn" and "vv" read as the "m" and "w" they stand for).
	 */
	record Words(String[] folded, String[] compared) {

		static Words of(String name) {
			var decomposed = isAscii(name) ? name
					: Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
			var lower = decomposed.toLowerCase(Locale.ROOT)
				.replace('ı', 'i')
				.replace('ł', 'l')
				.replace('ø', 'o')
				.replace('đ', 'd')
				.replace("ß", "ss");
			var folded = NOT_A_LETTER.splitAsStream(lower)
				.filter((w) -> !w.isEmpty() && !HONORIFICS.contains(w))
				.toArray(String[]::new);
			var compared = new String[folded.length];
			for (int i = 0; i < folded.length; i++) {
				compared[i] = folded[i].replace("rn", "m").replace("vv", "w");
			}
			return new Words(folded, compared);
		}

		private static boolean isAscii(String name) {
			for (int i = 0; i < name.length(); i++) {
				if (name.charAt(i) >= 128) {
					return false;
				}
			}
			return true;
		}

	}

}
