package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a letter of the President or of the chairs of a negotiation, as plain text, and
 * returns what a careful reader takes from it. General rules for dates, times, rooms,
 * names and roles — never answers for particular letters:
 * <ul>
 * <li>a file may hold several letters (a cover letter and its enclosure): each starts at
 * a line that is only a date;
 * <li>meetings come from tables (a row per meeting, or a row per day with a column per
 * slot) and from sentences that announce them ("will be held on", "to be held on",
 * "invite delegations to … on", "begins on", "scheduled"); meetings a letter mentions as
 * past ("held on 1-2 February", "during our first meeting") are not announced;
 * <li>a day without a year takes the year the letter's date implies;
 * <li>signers are read from the signature blocks after the closing formula, their State
 * from "Permanent Representative of …", their role from the block or the letter's own
 * words.
 * </ul>
 * It never throws anything but {@link UnreadableLetter}, and reads a seed-sized letter in
 * well under a millisecond.
 */
public class LetterExtractor {

	/**
	 * Letters longer than this are not letters: a book is refused rather than read
	 * slowly.
	 */
	static final int MOST_CHARACTERS = 400_000;

	private static final Pattern CLOSING = Pattern.compile(
			"assurances of (?:my|our) (?:highest|most distinguished) consideration|^\\s*(?:Yours (?:sincerely|faithfully)|Sincerely|(?:Best|Kind|Warm|With best) regards,?\\s*$|Best,\\s*$)",
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

	private static final Pattern ADDRESSEE = Pattern.compile(
			"^\\s*(?:To:?\\s+)?((?:All|The)\\s+Permanent\\s+(?:Representatives|Missions|Observers)[^\\n]*)$",
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

	private static final Pattern IMAGE_DESCRIPTION = Pattern.compile(
			"^\\s*(?:\\[?\\s*(?:A |An )?(?:handwritten|hand-written)?\\s*signature\\b|\\[?signed\\]?|\\(signed\\)|\\[image|\\[stamp|A (?:blue|black|round|circular) stamp)",
			Pattern.CASE_INSENSITIVE);

	private static final String TITLE_WORDS = "(?:Ambassador|Permanent|Representative|Deputy|Minister|Chargé|Charge|Co-Chairs?|Co-chairs?|Chairs?|Co-[Ff]acilitators?|Facilitators?|President|Vice|Secretary|Head|Counsellor|Counselor|Adviser|Advisor|Special|Under-Secretary|Acting|His|Her)";

	private static final Pattern HONORIFICS = Pattern.compile(
			"^(?:(?:H\\.\\s?E\\.?|HE|His Excellency|Her Excellency|Excellency|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Ambassador)\\.?\\s+)+");

	private static final Pattern NAME = Pattern.compile(
			"^((?:[\\p{Lu}][\\p{L}'’.-]*|(?:de|da|di|del|della|der|van|von|al|el|bin|ibn|la|le|dos|das|y)\\b)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|(?:de|da|di|del|della|der|van|von|al|el|bin|ibn|la|le|dos|das|y)\\b)){0,5})");

	private static final Pattern REPRESENTATIVE_OF = Pattern.compile(
			"(?:Representative|Mission|Ambassador|Observer|Minister(?: for Foreign Affairs)?)\\s+of\\s+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DECISIONS = Pattern.compile(
			"\\bdecisions?\\s+((?:\\d{1,3}/\\d{1,4}(?:\\s?[A-Z]\\b)?)(?:\\s*(?:,|and|&)\\s*(?:decision\\s+)?\\d{1,3}/\\d{1,4}(?:\\s?[A-Z]\\b)?){0,12})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RESOLUTIONS = Pattern.compile(
			"\\bresolutions?\\s+\\(?((?:(?:A/RES/)?\\d{1,3}/\\d{1,4}(?:\\s?[A-Z]\\b)?|\\d{1,4}\\s?[A-Z]?\\s?\\([IVXL]+\\))(?:\\s*(?:,|and|&)\\s*(?:resolution\\s+)?(?:(?:A/RES/)?\\d{1,3}/\\d{1,4}(?:\\s?[A-Z]\\b)?|\\d{1,4}\\s?[A-Z]?\\s?\\([IVXL]+\\))){0,12})|\\bA/RES/(\\d{1,3}/\\d{1,4})",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A resolution named by what it does, its symbol in parentheses after ("the
	 * resolution setting the modalities of the process (71/280)"); a document's symbol
	 * ("(A/71/280)") is not a resolution's.
	 */
	private static final Pattern RESOLUTION_NAMED_THEN_SYMBOL = Pattern
		.compile("\\bresolutions?\\b[^.;()\\d]{1,100}\\((\\d{1,3}/\\d{1,4})\\)", Pattern.CASE_INSENSITIVE);

	/**
	 * A decision or resolution whose slash OCR read as "1", "l" or "I": six characters, a
	 * session's two digits then three more ("621557" is 62/557).
	 */
	private static final Pattern OCR_SYMBOL = Pattern
		.compile("\\b(decision|resolution)s?\\s+\\(?([4-9]\\d)[1lI|](\\d{3})\\b", Pattern.CASE_INSENSITIVE);

	/** "A/RES/60/1" with the RES garbled by OCR ("A/Rl3S/60/1"). */
	private static final Pattern OCR_RES = Pattern.compile("A/R\\S{1,3}S/(\\d{1,3}/\\d{1,4})\\b");

	private static final Pattern SYMBOL = Pattern
		.compile("(\\d{1,3}/\\d{1,4}(?:\\s?[A-Z]\\b)?|\\d{1,4}\\s?[A-Z]?\\s?\\([IVXL]+\\))");

	/** Written in lower case, tried on the lowered text where "letter" stands. */
	private static final Pattern LETTER_REFERENCE = Pattern.compile("letters?\\s+(?:dated|of)\\s+");

	static final Pattern TIME_LIMIT = Pattern.compile(
			"(?:maximum of|no (?:more|longer) than|not (?:to )?exceed(?:ing)?|limit(?:ed)? (?:of|to)|within)\\s+(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen)\\s+minutes|\\b(\\d{1,2}|three|five)-minute\\s+(?:limit|statements?|interventions?)",
			Pattern.CASE_INSENSITIVE);

	static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will (?:(?:now|instead|also|then|again|still|thus|therefore|only|soon|subsequently|accordingly|tentatively)\\s+)?(?:be held|take place|be convened|convene|meet|hold|begin|start|continue|resume|serve|focus|be dedicated)|shall (?:(?:now|instead|also|then)\\s+)?be held|to be held|to take place|to be convened|is scheduled|are scheduled|scheduled|planned|provisional|tentative(?:ly)?|invite|inviting|invited to|begins on|starts on|begin on|resume on|convene on|next meeting|forthcoming|upcoming|would like to invite|we propose|reconvene|rescheduled (?:to|for)|moved to|postponed (?:to|until)|there will(?:, however,)? be|(?:is|are) holding|(?:is|are) convening|starting on|will be webcast|will be presented|(?:will|to) commence|commence on|will have a|new dates? (?:is|are|will be|for|of))\\b");

	static final Pattern PAST = Pattern.compile(
			"\\b(?:was held|were held|had been held|has been held|have been held|(?<!\\bbe )held on|took place|during|following(?!\\s+on\\b)|since|gratitude|thank|appreciation|appointed|adopted|dated|recent|recently|last|previous|earlier|already|presentation of|presented on)\\b");

	/**
	 * Words that say a date is no longer a meeting: "originally scheduled for 5 March",
	 * "postponed from", "the meeting that was scheduled for Monday, 9 March".
	 */
	static final Pattern NO_LONGER = Pattern.compile(
			"\\b(?:(?:originally|previously|initially|formerly) (?:scheduled|planned|foreseen)(?: for| on| to take place on)?|(?:postponed|moved|rescheduled) from|instead of|in place of|(?:has|have) been (?:cancelled|canceled|postponed)|(?:was|were|had been) (?:scheduled|planned|foreseen|due)(?: to take place)?(?: for| on)?|will not take place|will no longer (?:take place|be held)|not take place on)\\s*(?:on\\s+)?(?:the\\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*)?$");

	/**
	 * A date followed by the salutation: the dateline of a letter whose line breaks were
	 * lost.
	 */
	/** The words that open a letter's body. */
	static final Pattern SALUTATION = Pattern.compile("\\b(?:Excellency|Dear\\s|Mr\\.? President|Madam President)");

	private static final Pattern INLINE_DATELINE = Pattern.compile(
			"\\s*(?:(?:Dear\\s+[^,]{1,40},\\s*)?Excellency\\b|Dear\\s+[Cc]olleagues?,|(?:Mr\\.?|Madam)\\s+[Pp]resident[:,])");

	/** Where a letter's salutation stands: its dateline is just before. */
	private static final Pattern OPENING = Pattern
		.compile("Excellency|Dear\\s+[Cc]olleagues?,|(?:Mr\\.?|Madam)\\s+[Pp]resident[:,]");

	static final Pattern MEETING_WORD = Pattern.compile(
			"\\b(?:meetings?|sessions?|plenar(?:y|ies)|rounds? of negotiations|negotiations|consultations|briefings?|debates?|dialogues?|segments?|webinars?|workshops?|hearings?)\\b");

	static final Pattern FORMAT = Pattern.compile(
			"\\b((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\\d{1,2}(?:st|nd|rd|th))\\s+)?(?:(?:formal|informal)\\s+)?(?:(?:drafting|negotiating|substantive|thematic|preparatory|organizational|organisational|interactive)\\s+)?(?:ign\\s+)?(?:plenary meetings?|plenary|meetings? of the IGN|meetings?|sessions?|rounds? of negotiations|informal consultations|consultations|thematic discussions?|briefings?))");

	static final Pattern SERIES = Pattern.compile(
			"\\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|next)\\s+round of (?:negotiations|consultations))");

	static final Pattern TOPIC = Pattern.compile(
			"\\b(?:focus(?:ed)? on|dedicated to(?: discussing)?|devoted to|on the (?:key )?(?:issue|cluster|topic) of|discuss(?:ing)?)\\s+(?:a discussion of\\s+)?([^.;\\n]{3,160})");

	static final Pattern PROVISIONAL = Pattern
		.compile("\\b(?:provisional(?:ly)?|tentative(?:ly)?|to be confirmed|tbc)\\b");

	static final Pattern CO_CHAIR = Pattern.compile("\\bco-?chairs?\\b");

	static final Pattern CO_FACILITATOR = Pattern.compile("\\bco-?facilitators?\\b");

	private static final Pattern VICE_CHAIR = Pattern.compile("\\bvice-?chairs?\\b");

	private static final Pattern CHAIR = Pattern.compile("\\bchair(?:person|man|woman)?\\b");

	static final Pattern FACILITATOR = Pattern.compile("\\bfacilitators?\\b");

	static final Pattern THE_CHAIRS = Pattern.compile("\\bthe chairs\\b");

	static final Pattern AS_CHAIR = Pattern.compile("\\b(?:as|the) chair\\b");

	static final Pattern PRESIDENT = Pattern.compile("\\bthe president\\s+of the\\s+general assembly\\b");

	static final Pattern CAPACITY_CO_CHAIRS = Pattern.compile("\\bin (?:my|our) capacity as co-?chairs?");

	private static final Pattern PRESIDENT_LETTERHEAD = Pattern
		.compile("^\\s*the president\\s+of the\\s+general assembly");

	static final Pattern TRANSMITS = Pattern.compile("\\b(?:transmit|enclose)\\s+(?:herewith\\s+)?(?:a|the)\\s+letter");

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("fifteen", 15));

	private static final Pattern PLACE_BEFORE_DATE = Pattern.compile("\\s*(?:New York,\\s*)?");

	private static final Pattern DATE_HEADER = Pattern.compile("^(?:day\\s*/\\s*)?dates?\\b|^days?\\b");

	private static final Pattern VENUE_HEADER = Pattern.compile("venue|location|room|place|where");

	private static final Pattern FORMAT_HEADER = Pattern.compile("format|type|meeting");

	private static final Pattern DASHES = Pattern.compile("[-–—]+");

	private static final Pattern SPACED_COLUMNS = Pattern.compile("\\S {3,}\\S");

	private static final Pattern ADDRESSEE_LINE = Pattern.compile("(?:To:?\\s+)?(?:All|The)\\s+Permanent",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A line that ends where its phrase cannot ("… Negotiations on", "… of the"): the
	 * next line continues it (a wrapped title), and is no new name.
	 */
	private static final Pattern CONTINUED = Pattern.compile("\\b(?:of|of the|to|and|on|for|in|the|at|with)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Words of bodies and their work, never of a person's name ("Security Council
	 * reform").
	 */
	private static final Pattern INSTITUTION_WORD = Pattern
		.compile("\\b(?:Council|Assembly|Committee|Secretariat|Conference|Commission|Organi[sz]ation|Nations|Summit|"
				+ "Declaration|Compact|Negotiations|[Rr]eform|Review|Forum|Agenda|Session|Office|Mission|Team|Bureau|"
				+ "Unit|Division|Department|Secretary|"
				// An event's heading ("Virtual Town Hall Meeting", "Informal Briefing").
				+ "Meetings?|Briefings?|Consultations?|Hearings?|Webinar|Dialogue|Debate|Plenary|Process|Ceremony|"
				+ "Elections?|Anniversary|"
				// The acronyms of bodies and groups a heading may be ("ECOSOC/HLPF
				// review").
				+ "ECOSOC|HLPF|UNGA|DESA|DGACM|OHCHR|UNHCR|UNDP|UNEP|UNICEF|UNESCO|IOM|IGN|SIDS|LDCs?|SDGs?|MGoS|"
				+ "CSOs?|NGOs?|PGA|OPGA)\\b");

	private static final Pattern STARTS_WITH_TITLE = Pattern.compile(TITLE_WORDS + "\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DIGIT = Pattern.compile("\\d");

	private static final Pattern NAME_THEN_TITLE = Pattern.compile("[^\\d]{3,}\\s+" + TITLE_WORDS);

	private static final Pattern TITLE_WORD = Pattern.compile(TITLE_WORDS + "[,.]?");

	private static final Pattern STOP_WORD = Pattern.compile("(?:of|to|the|and|United|Nations|IGN|New|York|All|To:?)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.]$");

	/**
	 * Words that open a line or a sentence but are no one's name: a closing, a heading, a
	 * pronoun, a common word.
	 */
	private static final Pattern NOT_A_NAME = Pattern.compile(
			"(?:Excellency|Sincerely|Yours|Please|Permanent Mission.*|Dear|Kind|Best|Regards|Thank|Thanks|During|Following|"
					+ "Document|Documents|Also|There|Here|This|That|These|Those|They|We|He|She|It|I|Our|Their|His|Her|"
					+ "Member States?|Methodology|Report|Letter|Annex|Enclosure|Attachment|Subject|Date|From|To|Note|Summary|"
					+ "Background|Introduction|Conclusion|Agenda|Programme|Schedule|Meeting|Meetings|However|"
					+ "Furthermore|Moreover|Therefore|Accordingly|Finally|Further|Additionally|"
					// An events page's field labels ("DATE", "LOCATION", "contact:").
					+ "Dates|Time|Times|Venue|Location|Place|Contact|Phone|Fax|E-?mail|Www|Website|Registration|"
					// A programme's column headings.
					+ "Format|Topics?|Themes?|Categor(?:y|ies)|Slots?)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A capitalised word followed by words in lower case ("Revised draft", "Informal
	 * consultations") opens a heading or a sentence; a name's particles ("of", "de",
	 * "van") may follow it.
	 */
	private static final Pattern HEADING_GOES_ON = Pattern
		.compile("[ \\t]+(?!(?:of|and|de|del|della|van|von|der|al|el|bin|bint|ibn|da|di|du|dos|la|le|y)\\b)\\p{Ll}");

	/** A word alone that ends as nouns do ("Preparation", "Agreement") is a heading. */
	private static final Pattern COMMON_NOUN = Pattern.compile("(?:tion|sion|ment|ness|ity|ings?|ance|ence|ship)$");

	private static final Pattern AFTER_DESCRIPTION = Pattern.compile("(?<!\\b\\p{Lu})[.'\"]\\s+(?=\\p{Lu})");

	/** "… 15 December has been postponed": a date followed by what became of it. */
	private static final Pattern MOVED_AFTER = Pattern.compile(
			"[^.;]{0,40}\\b(?:has been|have been|was|were|is|are) (?:cancelled|canceled|postponed|rescheduled|moved)\\b(?!\\s+from\\b)");

	private static final Pattern BULLET = Pattern.compile("(?:[-*•·–]|\\(?[a-z0-9]{1,2}[.)])\\s+");

	private static final Pattern RULE_CELL = Pattern.compile("[-: ]*");

	/** "(Signed) Ana María Pérez": the mark goes, the name stays. */
	private static final Pattern SIGNED = Pattern.compile("^(?:\\(signed\\)|\\[signed\\]|signed:)\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern OF = Pattern.compile("\\bof\\s+");

	private static final Pattern TO_THE_UN = Pattern.compile("^\\s+to the United Nations");

	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");

	private final CountryNames countries;

	public LetterExtractor() {
		this(CountryNames.fromRegister());
	}

	LetterExtractor(CountryNames countries) {
		this.countries = countries;
	}

	/**
	 * Reads one file's text as it came: cleans it once, then reads it. Refuses empty text
	 * and text too long to be a letter.
	 */
	public Extraction extract(String raw) {
		refuseUnreadable(raw);
		return extract(CleanedText.of(raw));
	}

	/** Reads one file's text, cleaned already. */
	public Extraction extract(CleanedText cleaned) {
		var text = cleaned.text();
		refuseUnreadable(text);
		try {
			return read(text);
		}
		catch (UnreadableLetter refusal) {
			throw refusal;
		}
		catch (RuntimeException unexpected) {
			// A rule that trips on strange text must not become a stack trace for the
			// person importing.
			throw new UnreadableLetter(
					"The text could not be read as a letter: " + unexpected.getClass().getSimpleName());
		}
	}

	private static void refuseUnreadable(String text) {
		if (text.isBlank()) {
			throw new UnreadableLetter("The file has no text.");
		}
		if (text.length() > MOST_CHARACTERS) {
			throw new UnreadableLetter("The text is longer than a letter (%d characters; at most %d)."
				.formatted(text.length(), MOST_CHARACTERS));
		}
	}

	/**
	 * The letters of a file as they are stored: cut at their datelines, and where line
	 * breaks were lost at a dated salutation ("… 28 June 2006 Dear Colleague, …"), each
	 * with its date; the President's cover letter first, also where the file copies it
	 * after what it transmits.
	 */
	static List<Letter> letters(String text) {
		var letters = inFileOrder(text);
		var cover = coverLetterAfterItsEnclosure(letters);
		if (cover == null) {
			return letters;
		}
		var ordered = new ArrayList<Letter>(letters.size());
		ordered.add(cover);
		letters.stream().filter((l) -> l != cover).forEach(ordered::add);
		return ordered;
	}

	private static List<Letter> inFileOrder(String text) {
		return withDateInProse(splitAtSalutations(splitLetters(text)));
	}

	private Extraction read(String text) {
		var letters = inFileOrder(text);
		if (letters.stream().allMatch((l) -> l.date() == null)) {
			var said = DateReader.dateOfUndatedText(text);
			if (said != null) {
				letters = new ArrayList<>(letters);
				letters.set(0, new Letter(said, letters.get(0).text()));
			}
		}
		var first = letters.get(0);
		var fileDate = letters.stream().map(Letter::date).filter(Objects::nonNull).findFirst().orElse(null);
		// A day a weekday fixes is a day the text speaks of, not the day it was written:
		// the days of the weeks before it are still the text's.
		var implied = fileDate != null ? null : DateReader.impliedByWeekday(text);
		var reference = fileDate != null ? fileDate
				: implied != null ? implied.minusMonths(1) : DateReader.openingOfSession(text);

		var meetings = new LinkedHashMap<String, MeetingDraft>();
		var series = text.contains("round of") ? findIn(SERIES, lower(text), text) : null;
		var held = new java.util.HashSet<LocalDate>();
		// The letters' sentences, each lowered where the meetings' rules lowered it:
		// read again for the people they name.
		var sentences = new ArrayList<String>();
		var lowered = new ArrayList<@Nullable String>();
		for (var letter : letters) {
			var date = letter.date() != null ? letter.date() : reference;
			var body = withoutDateline(letter);
			readTables(body, date, series, meetings);
			sentences.addAll(sentences(body));
			lowered.addAll(java.util.Arrays.asList(readSentences(body, date, meetings)));
			readFields(body, date, meetings);
			held.addAll(recalledAsHeld(body, date));
		}
		// A day the text says a meeting took place is past, even where a list of the
		// process's days names it again.
		var announced = settle(meetings.values()).stream().filter((m) -> !held.contains(m.date())).toList();

		var cover = coverLetterAfterItsEnclosure(letters);
		var dated = cover != null ? cover : first;
		return new Extraction(dated.date(), process(text),
				SignerNames.corrected(
						withoutPageButtons(
								withNamedInText(senders(letters, text), text, new Sentences(sentences, lowered))),
						dated.date()),
				addressees(first.text()), letters.stream().map(Letter::date).filter(Objects::nonNull).toList(),
				announced, references(text, fileDate), rules(text));
	}

	/**
	 * The words of a web page's buttons and links ("EmailEmail Article to Friend",
	 * "PrintView Printer Friendly Version"), which a page copied with its letter puts
	 * where a signature would stand: no person's name has them.
	 */
	private static final Pattern PAGE_BUTTON = Pattern
		.compile("(?:E-?mail|Print)\\p{L}*|Share|Tweet|Article|Friend|Version|Comments?|Posted|Permalink|Reply");

	/** The senders without the words of a page's buttons taken for a name. */
	private static List<Extraction.Sender> withoutPageButtons(List<Extraction.Sender> senders) {
		return senders.stream()
			.filter((sender) -> java.util.Arrays.stream(sender.name().split("\\s+"))
				.noneMatch((word) -> PAGE_BUTTON.matcher(word).matches()))
			.toList();
	}

	/**
	 * The letter's text with its own dateline blanked ("29 August, 2014" before "Dear
	 * Representatives, I refer to the meeting to be held …"): the day a letter is written
	 * is not a meeting it announces.
	 */
	private static String withoutDateline(Letter letter) {
		var text = letter.text();
		if (letter.date() == null) {
			return text;
		}
		int head = Math.min(text.length(), 120);
		var mentions = DateReader.mentions(text.substring(0, head));
		if (mentions.isEmpty()) {
			return text;
		}
		var first = mentions.get(0);
		if (first.days().size() != 1 || !letter.date().equals(DateReader.resolve(first.days().get(0), null))) {
			return text;
		}
		return text.substring(0, first.start()) + " ".repeat(first.end() - first.start()) + text.substring(first.end());
	}

	private static final Pattern HELD_BEFORE = Pattern
		.compile("\\b(?:took place|was held|were held|has been held|have been held)\\s+(?:on\\s+)?(?:\\p{L}+,?\\s+)?$");

	/**
	 * The days the text says meetings took place ("The first meeting took place on Friday
	 * 17 October").
	 */
	private static java.util.Set<LocalDate> recalledAsHeld(String text, @Nullable LocalDate letterDate) {
		var days = new java.util.HashSet<LocalDate>();
		// Only just after the words: the date reader is not run over the whole letter
		// again.
		for (var word : List.of("took place", " held ")) {
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
				int from = at + word.length();
				var window = text.substring(from, Math.min(text.length(), from + 60));
				var mentions = DateReader.mentions(window);
				if (mentions.isEmpty() || mentions.get(0).start() > 20) {
					continue;
				}
				var before = text.substring(Math.max(0, at - 12), from + mentions.get(0).start());
				if (!HELD_BEFORE.matcher(lower(before)).find()) {
					continue;
				}
				for (var day : mentions.get(0).days()) {
					var date = DateReader.resolve(day, letterDate);
					if (date != null) {
						days.add(date);
					}
				}
			}
		}
		return days;
	}

	// --- Letters ------------------------------------------------------------------

	record Letter(@Nullable LocalDate date, String text) {
	}

	/**
	 * A new letter starts at each line that is only a date ("16 February 2018", "New
	 * York, 11 December 2015").
	 */
	private static List<Letter> splitLetters(String text) {
		var lines = text.split("\n", -1);
		var letters = new ArrayList<Letter>();
		// Where the current letter starts in the text: each letter is its lines and the
		// line break after each, cut from the text once it ends.
		int from = 0;
		int at = 0;
		LocalDate date = null;
		boolean sawBody = false;
		boolean sawSalutation = false;
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i];
			var dateline = line.contains("\t") ? null : DateReader.dateline(line);
			var salutes = salutes(line);
			if (dateline != null && startsWithATime(lines, i + 1)) {
				dateline = null;
			}
			if (dateline != null && (sawBody || date != null)) {
				letters.add(new Letter(date, text.substring(from, at)));
				from = at;
				sawBody = false;
				sawSalutation = false;
			}
			if (dateline != null) {
				date = dateline;
			}
			else if (line.trim().length() > 60 && (sawSalutation || salutes)) {
				// A letterhead's long lines (an office, an address) are no letter's body:
				// a body follows a salutation.
				sawBody = true;
			}
			if (dateline == null && !sawSalutation && salutes) {
				sawSalutation = true;
			}
			at += line.length() + 1;
		}
		if (letters.isEmpty()) {
			// One letter: the text itself, not a copy, so that what its readers find in
			// it (its lower case, its words) is found once for the letter and the file.
			return text.isBlank() ? List.of() : List.of(new Letter(date, text));
		}
		letters.add(new Letter(date, text.substring(from) + "\n"));
		// A dateline before any body belongs to the first letter, not a letter of its
		// own.
		return letters.stream().filter((l) -> !l.text().isBlank()).toList();
	}

	/**
	 * Whether a line holds a salutation ({@link #SALUTATION}): looked for once a line,
	 * and only where one of its words stands, not at every character.
	 */
	private static boolean salutes(String line) {
		return (line.contains("Excellency") || line.contains("Dear") || line.contains("President"))
				&& SALUTATION.matcher(line).find();
	}

	/**
	 * Whether the next line that is not blank starts with a time: the date above it is a
	 * meeting's ("Friday, May 26, 2017" over "3:00 pm | Eastern Daylight Time", as an
	 * invitation writes it), not a letter's dateline.
	 */
	private static boolean startsWithATime(String[] lines, int from) {
		for (int i = from; i < lines.length; i++) {
			var line = lines[i].strip();
			if (!line.isEmpty()) {
				return Character.isDigit(line.charAt(0))
						&& TimeReader.read(line).stream().anyMatch((t) -> t.start() == 0);
			}
		}
		return false;
	}

	/**
	 * Where line breaks were lost, a letter inside the text still starts with a date
	 * followed by "Excellency": the text is cut there too.
	 */
	private static List<Letter> splitAtSalutations(List<Letter> letters) {
		var result = new ArrayList<Letter>();
		for (var letter : letters) {
			var text = letter.text();
			var cuts = new ArrayList<Integer>();
			var dates = new ArrayList<LocalDate>();
			var mentions = new ArrayList<DateReader.Mention>();
			for (int at : openings(text)) {
				// The dateline stands just before the salutation: read dates only there.
				int from = Math.max(0, at - 60);
				for (var mention : DateReader.mentions(text.substring(from, at))) {
					mentions.add(new DateReader.Mention(mention.start() + from, mention.end() + from, mention.days()));
				}
			}
			for (var mention : mentions) {
				if (mention.start() < 200 || mention.days().size() != 1 || mention.days().get(0).year() == null
						|| !INLINE_DATELINE.matcher(text).region(mention.end(), text.length()).lookingAt()) {
					continue;
				}
				// Only the start of the line is looked at: a letter without line breaks
				// is
				// one long line, copied at every date it was quadratic.
				int lineStart = mention.start();
				while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && mention.start() - lineStart <= 60) {
					lineStart--;
				}
				var beforeOnLine = mention.start() - lineStart > 60 ? "…" : text.substring(lineStart, mention.start());
				var start = PLACE_BEFORE_DATE.matcher(beforeOnLine).matches() ? lineStart : mention.start();
				if (beforeOnLine.isBlank()) {
					// A dateline on its own line was already a cut.
					continue;
				}
				int previousCut = cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1);
				if (!SALUTATION.matcher(text).region(previousCut, start).find()) {
					// What stands before is a letterhead, not a letter: no letter ends
					// here.
					continue;
				}
				cuts.add(start);
				dates.add(DateReader.resolve(mention.days().get(0), null));
			}
			int from = 0;
			var date = letter.date();
			for (int i = 0; i < cuts.size(); i++) {
				result.add(new Letter(date, text.substring(from, cuts.get(i))));
				from = cuts.get(i);
				date = dates.get(i);
			}
			result.add(new Letter(date, text.substring(from)));
		}
		return result;
	}

	/**
	 * Where the salutations stand ({@link #OPENING}), looked for only at their words
	 * ("Excellency", "Dear", "President"), not at every character.
	 */
	private static List<Integer> openings(String text) {
		var at = new java.util.TreeSet<Integer>();
		var opening = OPENING.matcher(text);
		for (int i = text.indexOf("Excellency"); i >= 0; i = text.indexOf("Excellency", i + 10)) {
			at.add(i);
		}
		for (int i = text.indexOf("Dear"); i >= 0; i = text.indexOf("Dear", i + 4)) {
			if (opening.region(i, text.length()).lookingAt()) {
				at.add(i);
			}
		}
		for (int i = text.indexOf("resident"); i >= 0; i = text.indexOf("resident", i + 8)) {
			int start = text.lastIndexOf(i >= 6 && text.startsWith("Madam", Math.max(0, i - 7)) ? "Madam" : "Mr", i);
			if (start >= 0 && i - start <= 8 && opening.region(start, text.length()).lookingAt()) {
				at.add(start);
			}
		}
		return List.copyOf(at);
	}

	/**
	 * Where the first salutation stands, as {@code OPENING.matcher(text).find()} would
	 * find it, or -1: looked for only at the words each of its forms starts with.
	 */
	private static int firstOpening(String text) {
		var opening = OPENING.matcher(text);
		int first = -1;
		for (var word : OPENING_WORDS) {
			for (int i = text.indexOf(word); i >= 0 && (first < 0 || i < first); i = text.indexOf(word, i + 1)) {
				if (opening.region(i, text.length()).lookingAt()) {
					first = i;
					break;
				}
			}
		}
		return first;
	}

	/** The words {@link #OPENING}'s forms start with. */
	private static final List<String> OPENING_WORDS = List.of("Excellency", "Dear", "Mr", "Madam");

	/**
	 * A letter whose line breaks were lost has no dateline of its own; its date is then
	 * the dated day written before its salutation ("… 16 February 2018 Excellency, …").
	 */
	private static List<Letter> withDateInProse(List<Letter> letters) {
		return letters.stream().map((letter) -> {
			if (letter.date() != null) {
				return letter;
			}
			var salutation = firstOpening(letter.text());
			if (salutation < 0 || salutation > 2000) {
				return letter;
			}
			var mentions = DateReader.mentions(letter.text().substring(0, salutation));
			if (mentions.isEmpty()) {
				return letter;
			}
			var last = mentions.get(mentions.size() - 1);
			if (last.days().size() != 1 || last.days().get(0).year() == null || salutation - last.end() > 40) {
				return letter;
			}
			return new Letter(DateReader.resolve(last.days().get(0), null), letter.text());
		}).toList();
	}

	// --- Meetings ---------------------------------------------------------------

	static final class MeetingDraft {

		final LocalDate date;

		@Nullable LocalTime start;

		@Nullable LocalTime end;

		@Nullable String venue;

		@Nullable String format;

		@Nullable String topic;

		boolean provisional;

		boolean fromTable;

		/**
		 * A day of a session announced as a run of days ("from 22-25 June"): another
		 * meeting that day with its own time is a meeting besides it, not its time.
		 */
		boolean ofSession;

		/**
		 * Timed by a sentence that says when a session begins ("begin on 12 May at
		 * 10am").
		 */
		boolean startsSession;

		/**
		 * What the letter says became of the meeting (cancelled, postponed), which
		 * outweighs its being announced elsewhere in the letter; null where it stands.
		 */
		Extraction.@Nullable Status changed;

		MeetingDraft(LocalDate date) {
			this.date = date;
		}

		void absorb(MeetingDraft other) {
			this.end = this.end != null ? this.end : other.end;
			this.venue = this.venue != null ? this.venue : other.venue;
			this.format = this.format != null && !(other.fromTable && !this.fromTable) ? this.format
					: other.format != null ? other.format : this.format;
			this.topic = this.fromTable || this.topic != null && !other.fromTable ? this.topic
					: other.topic != null ? other.topic : this.topic;
			this.provisional = this.provisional && other.provisional;
			this.fromTable = this.fromTable || other.fromTable;
			this.changed = other.changed != null ? other.changed : this.changed;
		}

		String key() {
			return this.date + " " + this.start;
		}

	}

	/** A sentence in lower case, lowered once. */
	private static String lowered(List<String> sentences, String[] lowered, int i) {
		if (lowered[i] == null) {
			lowered[i] = lower(sentences.get(i));
		}
		return lowered[i];
	}

	/**
	 * Reads the meetings a letter's sentences announce; gives each sentence in lower case
	 * where it was lowered (null where not).
	 */
	private @Nullable String[] readSentences(String letter, @Nullable LocalDate letterDate,
			Map<String, MeetingDraft> meetings) {
		var sentences = sentences(letter);
		@Nullable String[] lowered = new String[sentences.size()];
		boolean listAnnounced = false;
		var lastAdded = new ArrayList<MeetingDraft>();
		// The meetings a sentence postponed without saying to when, which the next
		// sentence may move ("… has been postponed. It will now take place on 21 May.").
		var postponed = new ArrayList<MeetingDraft>();
		int postponedIn = -1;
		for (int i = 0; i < sentences.size(); i++) {
			var sentence = sentences.get(i);
			if (postponedIn != i - 1) {
				postponed.clear();
			}
			// "The meetings will be held as follows:" announces the lines that follow it,
			// each a date.
			var introduces = i > 0 && sentences.get(i - 1).stripTrailing().endsWith(":")
					&& (findsAtWord(FUTURE, lowered(sentences, lowered, i - 1))
							|| findsAtWord(MEETING_WORD, lowered(sentences, lowered, i - 1)));
			// An item of the list goes on it even where it ends with a full stop; other
			// words end it there.
			var item = listAnnounced && !introduces && BULLET.matcher(sentence).lookingAt();
			listAnnounced = introduces || listAnnounced && sentence.length() < 240 && (!sentence.endsWith(".") || item);
			if (!hasDigit(sentence)) {
				// Every date is written with a number; a sentence without one may still
				// give the meetings just announced their room.
				if (!lastAdded.isEmpty() && sentence.length() < 400) {
					completeLastAdded(sentence, lowered(sentences, lowered, i), lastAdded, meetings);
				}
				continue;
			}
			// The words first: finding them is cheaper than reading the dates.
			var low = lowered(sentences, lowered, i);
			if (!listAnnounced && !findsAtWord(MEETING_WORD, low) && !findsAtWord(FUTURE, low)) {
				if (!lastAdded.isEmpty() && DateReader.monthNames(sentence).isEmpty()) {
					completeLastAdded(sentence, low, lastAdded, meetings);
				}
				lastAdded.clear();
				continue;
			}
			if (findsAtWord(NOT_A_MEETING, low)) {
				// A silence procedure or a deadline runs over days; nobody meets.
				lastAdded.clear();
				continue;
			}
			var mentions = DateReader.mentions(sentence);
			if (mentions.isEmpty()) {
				completeLastAdded(sentence, low, lastAdded, meetings);
				lastAdded.clear();
				continue;
			}
			if (!item) {
				// The items of a list are its meetings together: a sentence after the
				// list
				// ("All meetings will take place in Conference Room 1") completes them
				// all.
				lastAdded.clear();
			}
			var previous = i > 0 ? lowered(sentences, lowered, i - 1) : "";
			var times = TimeReader.read(sentence)
				.stream()
				.filter((t) -> mentions.stream().noneMatch((m) -> t.start() < m.end() && m.start() < t.end()))
				.toList();
			var rooms = RoomReader.findAll(sentence);
			var venue = rooms.isEmpty() ? null : rooms.get(0).name();
			var format = nearestBefore(FORMAT, low, sentence, mentions.get(0).start());
			var topic = findIn(TOPIC, low, sentence);
			var colon = topic == null && listAnnounced ? subjectColon(sentence) : -1;
			if (topic == null && colon < 0 && (item || introduces && BULLET.matcher(sentence).lookingAt())) {
				// "- 10 Nov (1/2 day) Global context": without a colon, an item's subject
				// is what follows its dates and times.
				int after = mentions.get(mentions.size() - 1).end();
				for (var time : times) {
					after = Math.max(after, time.end());
				}
				topic = subjectAfter(sentence, after);
				if (topic != null && topic.equalsIgnoreCase(format)) {
					// "- 27-29 Jan 1st drafting session": the words are its kind, said
					// once.
					topic = null;
				}
			}
			if (colon > 0 && colon < sentence.length() - 3) {
				// "- 9 March 2026 (10 a.m. to 1 p.m.): Cluster 1": a list item's subject
				// follows its colon; "- First round: 3-4 March 2026": it comes before the
				// colon when the dates follow it.
				if (mentions.get(0).start() > colon) {
					var label = BULLET.matcher(sentence.substring(0, colon)).replaceFirst("").trim();
					topic = label.isEmpty() || label.length() > 80 || hasDigit(label) ? null : label;
				}
				else {
					topic = sentence.substring(colon + 1).trim();
				}
			}
			var provisional = findsAtWord(PROVISIONAL, low) || findsAtWord(PROVISIONAL, previous);
			var alternatives = alternatives(sentence, mentions);
			var announced = new ArrayList<DateReader.Mention>();
			DateReader.Mention lastAnnounced = null;
			for (var mention : mentions) {
				if ((announces(low, mention) || listAnnounced && !findsAtWord(PAST, low)
						|| continuesAnnouncement(low, lastAnnounced, mention))
						&& !INLINE_DATELINE.matcher(sentence).region(mention.end(), sentence.length()).lookingAt()
						&& !datesALetter(low, mention) && !datesADecision(low, mention)) {
					announced.add(mention);
					lastAnnounced = mention;
				}
			}
			var movedHere = postponedIn == i - 1 && !postponed.isEmpty() && findsAtWord(MOVED_NOW, low)
					? List.copyOf(postponed) : List.<MeetingDraft>of();
			postponed.clear();
			announced.removeAll(readChanges(low, mentions, announced, times, rooms, format, topic, letterDate, meetings,
					postponed));
			postponedIn = postponed.isEmpty() ? -1 : i;
			if (announced.isEmpty()) {
				continue;
			}
			var addedHere = new ArrayList<MeetingDraft>();
			var respectively = low.contains("respectively");
			int dayCount = announced.stream().mapToInt((m) -> m.days().size()).sum();
			var pairedByOrder = respectively && times.size() == dayCount && times.size() > 1;
			// "the two-day consultations will begin on 2 June": its one day starts a run.
			int runOf = dayCount == 1 ? daysOfARun(low) : 1;
			int dayIndex = 0;
			for (var mention : announced) {
				// Times and rooms written after a date and before the next one are that
				// date's; written after the
				// last date only, they are every date's ("19 and 21 November, 10 a.m.-1
				// p.m. and 3-6 p.m.").
				var ownTimes = mention == mentions.get(0) && mentions.size() > 1
						? beforeOrAfterFirst(times, mention, mentions, TimeReader.Times::start)
						: between(times, mention, mentions, TimeReader.Times::start);
				var ownRooms = between(rooms, mention, mentions, RoomReader.Named::start);
				var slots = ownTimes.isEmpty() && !interleaved(times, mentions, TimeReader.Times::start) ? times
						: ownTimes;
				var room = !ownRooms.isEmpty() ? ownRooms.get(0).name()
						: interleaved(rooms, mentions, RoomReader.Named::start) ? null : venue;
				for (var day : mention.days()) {
					var date = DateReader.resolve(day, letterDate);
					int index = dayIndex++;
					if (date == null || letterDate != null && date.isBefore(letterDate)
							|| mention.days().size() > 2 && isWeekend(date) && spansDays(low, mention)) {
						// A run of three days or more ("from 7 to 16 July") meets on
						// working days: its Saturdays and Sundays are no meetings. A
						// day the letter lists by name ("2, 3, 4 and 5 February") is
						// one, whatever day of the week.
						continue;
					}
					var these = pairedByOrder ? List.of(times.get(index)) : slots;
					for (var on : workingDaysFrom(date, runOf)) {
						if (these.isEmpty()) {
							var added = add(meetings, draft(on, null, null, room, format, topic,
									provisional || alternatives.contains(mention), false));
							added.ofSession = added.ofSession || isRun(mention) || runOf > 1;
							lastAdded.add(added);
							addedHere.add(added);
						}
						for (var slot : these) {
							var added = add(meetings, draft(on, slot.from(), slot.to(), room, format, topic,
									provisional || alternatives.contains(mention), false));
							added.startsSession = added.startsSession || findsAtWord(STARTS, low);
							lastAdded.add(added);
							addedHere.add(added);
						}
					}
				}
			}
			if (!movedHere.isEmpty() && !addedHere.isEmpty()) {
				moved(movedHere, addedHere, meetings);
			}
		}
		return lowered;
	}

	/**
	 * A text's sentences, and each in lower case where a reader lowered it already.
	 */
	private record Sentences(List<String> sentences, List<@Nullable String> lowered) {

		String lowered(int i) {
			var low = this.lowered.get(i);
			if (low == null) {
				low = lower(this.sentences.get(i));
				this.lowered.set(i, low);
			}
			return low;
		}

	}

	/** "a two-day retreat", "the 3-day session": how many days a meeting runs. */
	static final Pattern N_DAY = Pattern.compile("\\b(two|three|four|five|[2-5])-day\\b");

	private static final List<String> FEW = List.of("two", "three", "four", "five");

	/**
	 * How many days a lowered sentence says its meeting runs ("the two-day informal
	 * consultations"), 1 where it says none.
	 */
	static int daysOfARun(String low) {
		if (!low.contains("-day")) {
			return 1;
		}
		var m = N_DAY.matcher(low);
		if (!m.find()) {
			return 1;
		}
		var n = m.group(1);
		return Character.isDigit(n.charAt(0)) ? n.charAt(0) - '0' : FEW.indexOf(n) + 2;
	}

	/**
	 * A run of days from its first: on working days where it starts on one (a two-day
	 * meeting that opens on a Friday goes on on Monday), on each day otherwise.
	 */
	static List<LocalDate> workingDaysFrom(LocalDate first, int days) {
		if (days == 1) {
			return List.of(first);
		}
		var run = new ArrayList<LocalDate>(days);
		for (var day = first; run.size() < days; day = day.plusDays(1)) {
			if (!isWeekend(day) || isWeekend(first)) {
				run.add(day);
			}
		}
		return run;
	}

	/**
	 * Words of a sentence that gives the new date of a meeting the sentence before
	 * postponed: "It will now take place on 21 May", "The new date is 21 May", "They will
	 * be held instead on 21 May".
	 */
	static final Pattern MOVED_NOW = Pattern
		.compile("\\b(?:now|instead|new dates?|rescheduled|moved|postponed (?:to|until))\\b");

	/**
	 * Meetings postponed in one sentence and given their new dates in the next: one
	 * meeting each, on its new date, where the old is no longer one; what the new
	 * sentence leaves out (the kind of meeting, its subject, its room) the old says.
	 */
	private static void moved(List<MeetingDraft> postponed, List<MeetingDraft> added,
			Map<String, MeetingDraft> meetings) {
		for (var old : postponed) {
			if (meetings.get(old.key()) == old && added.stream().noneMatch((d) -> d.key().equals(old.key()))) {
				meetings.remove(old.key());
			}
			for (var draft : added) {
				draft.format = draft.format != null ? draft.format : old.format;
				draft.topic = draft.topic != null ? draft.topic : old.topic;
				draft.venue = draft.venue != null ? draft.venue : old.venue;
			}
		}
	}

	/**
	 * The dates a text gives as alternatives ("12 Dec or 14 Jan", "on 3 March or on 5
	 * March"): neither is firm, both are provisional.
	 */
	private static java.util.Set<DateReader.Mention> alternatives(String sentence, List<DateReader.Mention> mentions) {
		var alternatives = new java.util.HashSet<DateReader.Mention>();
		for (int k = 1; k < mentions.size(); k++) {
			var before = mentions.get(k - 1);
			var after = mentions.get(k);
			if (after.start() - before.end() < 16
					&& OR_BETWEEN.matcher(sentence.substring(before.end(), after.start())).matches()) {
				alternatives.add(before);
				alternatives.add(after);
			}
		}
		return alternatives;
	}

	/** "or" between two dates. */
	private static final Pattern OR_BETWEEN = Pattern.compile("\\s*,?\\s*or\\s+(?:on\\s+)?(?:the\\s+)?");

	/**
	 * What a sentence says became of a meeting (a date just after it): "… 11 May has been
	 * cancelled", "… 3 March has now been postponed", "… 9 May will not take place". Not
	 * "… 5 May, which was postponed from April": that is the new date.
	 */
	static final Pattern CHANGED_AFTER = Pattern.compile(
			"(?:[^;:]|(?<=\\d):(?=\\d)){0,50}?\\b(?:(?:has|have|had|is|are|was|were)(?: now| also| unfortunately)? (?:been )?(?:cancell?ed|canceled|postponed|deferred|rescheduled|moved|called off)(?!\\s+from\\b)|(?:will|shall|would|can|could) (?:not|no longer) (?:take place|be held|be convened|convene|go ahead))\\b");

	/** Words that cancel: "cancelled", "will not take place", "called off". */
	static final Pattern CANCELS = Pattern.compile(
			"\\b(?:cancel(?:led|ling|ed|ing|s)?|call(?:ed|ing)? off|(?:will|shall|would|can|could|does|do|did) (?:not|no longer) (?:take place|be held|be convened|convene|go ahead)|not take place)\\b");

	/** Words that postpone or move: "postponed", "rescheduled", "moved", "deferred". */
	static final Pattern POSTPONES = Pattern
		.compile("\\b(?:postpon(?:e|ed|es|ing|ement)|reschedul(?:e|ed|es|ing)|moved?|deferr?(?:ed|ing)?|put off)\\b");

	/** "rescheduled from 3 to 5 March": a range after these words is a move. */
	private static final Pattern MOVED_FROM = Pattern
		.compile("\\b(?:postponed|moved|rescheduled|changed|brought forward|advanced|shifted) from\\s*$");

	/** What joins an old date to the new one: "postponed from 3 March to 10 March". */
	private static final Pattern TO_THE_NEW_DATE = Pattern.compile(
			"\\s*,?\\s*(?:to|until|till|for)\\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*)?");

	/**
	 * The meetings a sentence says were cancelled or postponed, kept with that status
	 * rather than left out: "the meeting scheduled for 11 May has been cancelled" is a
	 * cancelled meeting on 11 May, "the briefing of 3 March has been postponed to a later
	 * date" a postponed one on 3 March. A meeting moved to a date the sentence gives
	 * ("postponed from 3 March to 10 March", "rescheduled from 3 to 5 March", "originally
	 * scheduled for 3 March, it will now take place on 5 March") is one meeting, on its
	 * new date: the old date is no meeting, as a reader of the programme expects (the
	 * programme would otherwise show the one meeting twice). Answers the dates the
	 * sentence seemed to announce that this reading takes over.
	 */
	private static List<DateReader.Mention> readChanges(String low, List<DateReader.Mention> mentions,
			List<DateReader.Mention> announced, List<TimeReader.Times> times, List<RoomReader.Named> rooms,
			@Nullable String format, @Nullable String topic, @Nullable LocalDate letterDate,
			Map<String, MeetingDraft> meetings, List<MeetingDraft> postponed) {
		if (!findsAtWord(CANCELS, low) && !findsAtWord(POSTPONES, low) || !findsAtWord(MEETING_WORD, low)) {
			return List.of();
		}
		var takenOver = new ArrayList<DateReader.Mention>();
		int said = 0;
		for (int k = 0; k < mentions.size(); k++) {
			var mention = mentions.get(k);
			// What became of the date before is not this date's.
			int clauseStart = Math.max(Math.max(k > 0 ? mentions.get(k - 1).end() : 0, said), mention.start() - 80);
			var before = low.substring(clauseStart, mention.start());
			int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
			before = cut < 0 ? before : before.substring(cut + 1);
			var next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
			// Up to the next date: what follows it is that date's.
			var afterMatch = CHANGED_AFTER.matcher(low)
				.region(mention.end(), next != null ? next.start() : low.length());
			var after = afterMatch.lookingAt() ? afterMatch.group() : "";
			said = after.isEmpty() ? said : afterMatch.end();
			var toNext = next != null && TO_THE_NEW_DATE.matcher(low).region(mention.end(), next.start()).matches();
			Extraction.Status status;
			List<DateReader.Day> days = mention.days();
			if (days.size() > 1 && MOVED_FROM.matcher(before).find() && spansDays(low, mention)) {
				// "rescheduled from 3 to 5 March": on the last day, not the first.
				days = List.of(days.get(days.size() - 1));
				status = null;
			}
			else if (CANCELS.matcher(after).find() || CANCELS.matcher(before).find()) {
				status = Extraction.Status.CANCELLED;
			}
			else if (POSTPONES.matcher(after).find() || POSTPONES.matcher(before).find()
					&& !findsAtWord(FUTURE, before.substring(lastMatchEnd(POSTPONES, before)))) {
				if (toNext || announced.stream().anyMatch((m) -> m.start() > mention.start())
						|| MOVED_FROM.matcher(before).find() && announced.stream().anyMatch((m) -> m != mention)) {
					// Moved to a date the sentence gives, after the old one or before it
					// ("on 14 May (postponed from 10 May)"): that date is the meeting.
					takenOver.add(mention);
					if (toNext && !announced.contains(next)) {
						addChanged(next.days(), null, mentions, next, times, rooms, format, topic, letterDate,
								meetings);
						takenOver.add(next);
					}
					continue;
				}
				status = Extraction.Status.POSTPONED;
			}
			else {
				continue;
			}
			takenOver.add(mention);
			var changed = addChanged(days, status, mentions, mention, times, rooms, format, topic, letterDate,
					meetings);
			if (status == Extraction.Status.POSTPONED) {
				postponed.addAll(changed);
			}
		}
		return takenOver;
	}

	/** Where a pattern's last match in a text ends; 0 where it has none. */
	private static int lastMatchEnd(Pattern pattern, String text) {
		var m = pattern.matcher(text);
		int end = 0;
		while (m.find()) {
			end = m.end();
		}
		return end;
	}

	/** A changed meeting's days, with the times and room written for its date. */
	private static List<MeetingDraft> addChanged(List<DateReader.Day> days, Extraction.@Nullable Status status,
			List<DateReader.Mention> mentions, DateReader.Mention mention, List<TimeReader.Times> times,
			List<RoomReader.Named> rooms, @Nullable String format, @Nullable String topic,
			@Nullable LocalDate letterDate, Map<String, MeetingDraft> meetings) {
		var own = between(times, mention, mentions, TimeReader.Times::start);
		var slots = own.isEmpty() && mentions.size() == 1 ? times : own;
		var ownRooms = between(rooms, mention, mentions, RoomReader.Named::start);
		var room = !ownRooms.isEmpty() ? ownRooms.get(0).name()
				: mentions.size() == 1 && !rooms.isEmpty() ? rooms.get(0).name() : null;
		var added = new ArrayList<MeetingDraft>();
		for (var day : days) {
			var date = DateReader.resolve(day, letterDate);
			if (date == null || letterDate != null && date.isBefore(letterDate)) {
				continue;
			}
			if (slots.isEmpty()) {
				var changed = draft(date, null, null, room, format, topic, false, false);
				changed.changed = status;
				added.add(add(meetings, changed));
			}
			for (var slot : slots) {
				var changed = draft(date, slot.from(), slot.to(), room, format, topic, false, false);
				changed.changed = status;
				added.add(add(meetings, changed));
			}
		}
		return added;
	}

	/**
	 * The subject of a list's item written after its dates and times, past a parenthesis
	 * ("(1/2 day)") and a dash: words that start with a capital or a number ("Global
	 * context", "1st drafting session"); none where a place, a time or nothing follows.
	 */
	static @Nullable String subjectAfter(String item, int from) {
		var rest = ITEM_LEAD.matcher(item.substring(Math.min(from, item.length()))).replaceFirst("");
		rest = ITEM_END.matcher(rest).replaceFirst("");
		if (rest.length() < 3 || rest.length() > 120
				|| !(Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0)))) {
			return null;
		}
		var rooms = RoomReader.findAll(rest);
		if (!rooms.isEmpty() && rooms.get(0).start() == 0
				|| TimeReader.read(rest).stream().anyMatch((t) -> t.start() == 0)) {
			return null;
		}
		return rest;
	}

	/**
	 * What stands between an item's dates and its subject: spaces, a dash, a parenthesis.
	 */
	private static final Pattern ITEM_LEAD = Pattern.compile("^(?:\\s|[,;:–—-]|\\([^()]{0,40}\\))*");

	/** What ends an item after its subject. */
	private static final Pattern ITEM_END = Pattern.compile("[\\s,;.]+$");

	/**
	 * The last colon of a list's item that stands before or after its subject, not one of
	 * a clock's ("1:00 p.m."); -1 where there is none.
	 */
	static int subjectColon(String item) {
		for (int at = item.lastIndexOf(':'); at > 0; at = item.lastIndexOf(':', at - 1)) {
			boolean clock = Character.isDigit(item.charAt(at - 1)) && at + 1 < item.length()
					&& Character.isDigit(item.charAt(at + 1));
			if (!clock) {
				return at;
			}
		}
		return -1;
	}

	/** "our letter of 28 April", "the note dated 3 May": a day something was written. */
	private static final Pattern LETTER_OF = Pattern
		.compile("\\b(?:letters?|notes?|communications?|e-?mails?)\\s+(?:of|dated)\\s+(?:the\\s+)?$");

	/** Whether a date is the day a letter was written, not a day to meet. */
	private static boolean datesALetter(String low, DateReader.Mention mention) {
		var before = low.substring(Math.max(0, mention.start() - 30), mention.start());
		return (before.contains("of") || before.contains("dated")) && LETTER_OF.matcher(before).find();
	}

	/**
	 * "resolution 64/13 of 10 November 2009", "decision 75/501 of 18 September": the day
	 * the Assembly adopted a text, written after its symbol.
	 */
	private static final Pattern DECISION_OF = Pattern.compile(
			"\\b(?:resolutions?|decisions?)\\s+(?:a/res/)?\\d{1,3}/\\d{1,4}(?:\\s?[a-z])?,?\\s+(?:of|dated|adopted on)\\s+(?:the\\s+)?$");

	/**
	 * Whether a date is the day a resolution or decision was adopted, not a day to meet.
	 */
	private static boolean datesADecision(String low, DateReader.Mention mention) {
		var before = low.substring(Math.max(0, mention.start() - 40), mention.start());
		return before.indexOf('/') >= 0 && DECISION_OF.matcher(before).find();
	}

	static final Pattern STARTS = Pattern.compile("\\b(?:begin|start|commence|open|resume)");

	/** Three days or more, one after the other: a session's run ("22-25 June"). */
	private static boolean isRun(DateReader.Mention mention) {
		var days = mention.days();
		if (days.size() < 3) {
			return false;
		}
		for (int i = 1; i < days.size(); i++) {
			var before = days.get(i - 1);
			var day = days.get(i);
			if (day.month() != before.month() || day.day() != before.day() + 1) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A date joined to an announced one by a list ("on 5 May at 10 a.m., and on 6 May at
	 * 3 p.m."), with no word of the past or of a change between them, is announced too:
	 * the announcing words stand only before the first.
	 */
	private static boolean continuesAnnouncement(String low, DateReader.@Nullable Mention announced,
			DateReader.Mention mention) {
		if (announced == null || mention.start() - announced.end() > 200) {
			return false;
		}
		var between = withoutAsides(low.substring(announced.end(), mention.start()));
		return !findsAtWord(PAST, between) && !findsAtWord(NO_LONGER_WORDS, between);
	}

	/**
	 * Text without its asides in parentheses: "20 and 22-23 February (a hearing chaired
	 * by the President on 21 February) 12 to 15 March", a list whose bullets were lost,
	 * goes on past what the parenthesis says about its item.
	 */
	static String withoutAsides(String text) {
		int open = text.indexOf('(');
		if (open < 0) {
			return text;
		}
		// Only a parenthesis closed before the date is an aside: a date inside one
		// ("(postponed from 3 May") keeps the words that say what it is.
		var kept = new StringBuilder(text.length());
		int from = 0;
		while (open >= 0) {
			int close = text.indexOf(')', open);
			if (close < 0) {
				break;
			}
			kept.append(text, from, open).append(' ');
			from = close + 1;
			open = text.indexOf('(', from);
		}
		return kept.append(text, from, text.length()).toString();
	}

	/**
	 * Sentences whose dates are of a procedure or a deadline, not of a meeting. Each
	 * alternative is written out from its first word, so that {@link #findAtWord} reads
	 * the letters they start with (a group first made it try every word).
	 */
	static final Pattern NOT_A_MEETING = Pattern.compile(
			"\\b(?:silence procedure|under silence|deadline|comments (?:are|is) due|inputs (?:are|is) due|submissions (?:are|is) due)\\b");

	static final Pattern NO_LONGER_WORDS = Pattern.compile(
			"\\b(?:originally|previously|initially|formerly|instead|cancel|postpone|rescheduled|moved|deadline|by)\\b");

	/**
	 * The first date's items: those after it and before the next date, or — "at 10 a.m.
	 * on 5 May, and at 3 p.m. on 6 May" — those before it, when none follow it.
	 */
	private static <T> List<T> beforeOrAfterFirst(List<T> items, DateReader.Mention first, List<DateReader.Mention> all,
			java.util.function.ToIntFunction<T> position) {
		var after = between(items, first, all, position);
		if (!after.isEmpty()) {
			return after;
		}
		return items.stream().filter((item) -> position.applyAsInt(item) < first.start()).toList();
	}

	/**
	 * "to", "through", "until" or a dash between a mention's days: a span, not a list.
	 */
	private static final Pattern SPAN = Pattern.compile("\\bto|\\bthrough\\b|\\buntil\\b|\\btill\\b|[-\u2013\u2014]");

	private static boolean spansDays(String low, DateReader.Mention mention) {
		return mention.end() <= low.length() && SPAN.matcher(low).region(mention.start(), mention.end()).find();
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || date.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
	}

	/** The items written after a date and before the next date of the sentence. */
	private static <T> List<T> between(List<T> items, DateReader.Mention mention, List<DateReader.Mention> all,
			java.util.function.ToIntFunction<T> position) {
		int next = all.stream()
			.mapToInt(DateReader.Mention::start)
			.filter((start) -> start > mention.start())
			.min()
			.orElse(Integer.MAX_VALUE);
		return items.stream()
			.filter((item) -> position.applyAsInt(item) >= mention.end() && position.applyAsInt(item) < next)
			.toList();
	}

	/**
	 * Whether some item stands between two dates, so that items belong each to the date
	 * before them.
	 */
	private static <T> boolean interleaved(List<T> items, List<DateReader.Mention> mentions,
			java.util.function.ToIntFunction<T> position) {
		if (mentions.size() < 2) {
			return false;
		}
		int lastStart = mentions.get(mentions.size() - 1).start();
		int firstEnd = mentions.get(0).end();
		return items.stream()
			.anyMatch((item) -> position.applyAsInt(item) >= firstEnd && position.applyAsInt(item) < lastStart);
	}

	/**
	 * Whether a date in a sentence is a meeting the letter announces: the words just
	 * before it announce ("will be held on", "invite delegations to … on"), or the
	 * sentence announces and nothing just before the date speaks of the past ("held on",
	 * "during", "following").
	 */
	private static boolean announces(String sentence, DateReader.Mention mention) {
		// The sentence is in lower case (see lower()): the patterns here are written so.
		var before = sentence.substring(Math.max(0, mention.start() - 140), mention.start());
		var tail = before.stripTrailing();
		if (findsAtWord(NO_LONGER, tail.substring(Math.max(0, tail.length() - 70)))) {
			return false;
		}
		var after = sentence.substring(mention.end(), Math.min(sentence.length(), mention.end() + 60));
		if (MOVED_AFTER.matcher(after).lookingAt()) {
			return false;
		}
		var lastFuture = lastMatch(FUTURE, before);
		var lastPast = lastMatch(PAST, before);
		if (lastFuture >= 0 && lastFuture > lastPast) {
			return true;
		}
		if (lastPast >= 0) {
			return false;
		}
		return findsAtWord(FUTURE, sentence.substring(mention.end())) && findsAtWord(MEETING_WORD, sentence);
	}

	/**
	 * A field of an invitation or an events page written one to a line: "Date: Tuesday, 4
	 * March", "Time: 3 pm", "Venue: Conference Room 4".
	 */
	private static final Pattern FIELD = Pattern.compile(
			"\\s*(?:[-*•]\\s*)?(dates?|days?|time|times|venue|location|place|room)\\s*:\\s*(\\S.*)",
			Pattern.CASE_INSENSITIVE);

	/** How many lines after its date a meeting's time and venue fields are looked for. */
	private static final int FIELDS_AFTER_DATE = 4;

	/**
	 * The meeting of a block of fields, one to a line ("date: 5 February", "time: 3 pm",
	 * "venue: Trusteeship Council Chamber"): a date field followed by a time or a venue
	 * field is a meeting on that date (an e-mail's "Date:" header, followed by
	 * "Subject:", is not). Read only where a text writes such a field.
	 */
	private static void readFields(String letter, @Nullable LocalDate letterDate, Map<String, MeetingDraft> meetings) {
		if (!hasTimeOrVenueField(letter)) {
			return;
		}
		var fields = fields(letter.split("\n"));
		for (int i = 0; i < fields.size(); i++) {
			var field = fields.get(i);
			if (field == null || !field[0].startsWith("da")) {
				continue;
			}
			var mentions = DateReader.mentions(field[1]);
			if (mentions.isEmpty()) {
				continue;
			}
			List<TimeReader.Times> times = List.of();
			String venue = null;
			boolean described = false;
			for (int j = i + 1; j < fields.size() && j <= i + FIELDS_AFTER_DATE; j++) {
				var next = fields.get(j);
				if (next == null) {
					continue;
				}
				var name = next[0];
				if (name.startsWith("da")) {
					break;
				}
				described = true;
				if (name.startsWith("time")) {
					times = TimeReader.read(next[1]);
				}
				else if (venue == null) {
					var rooms = RoomReader.findAll(next[1]);
					venue = rooms.isEmpty() ? null : rooms.get(0).name();
				}
			}
			if (!described) {
				continue;
			}
			for (var mention : mentions) {
				for (var day : mention.days()) {
					var date = DateReader.resolve(day, letterDate);
					if (date == null || letterDate != null && date.isBefore(letterDate)) {
						continue;
					}
					if (times.isEmpty()) {
						add(meetings, draft(date, null, null, venue, null, null, false, false));
					}
					for (var slot : times) {
						add(meetings, draft(date, slot.from(), slot.to(), venue, null, null, false, false));
					}
				}
			}
		}
	}

	/**
	 * A field's name written alone on its line, its value on the next ("DATE" / "20–23
	 * February 2018").
	 */
	private static final Pattern FIELD_NAME_ALONE = Pattern
		.compile("\\s*(dates?|days?|time|times|venue|location|place|room)\\s*", Pattern.CASE_INSENSITIVE);

	/**
	 * Each line's field, its name in lower case and its value ("Venue: Conference Room
	 * 4", or a name alone and the next line: an events page's "LOCATION" / "New York"),
	 * or null; a value read from the next line leaves that line null.
	 */
	private static List<String @Nullable []> fields(String[] lines) {
		var fields = new ArrayList<String @Nullable []>(lines.length);
		for (int i = 0; i < lines.length; i++) {
			var field = lines[i].contains(":") ? FIELD.matcher(lines[i]) : null;
			if (field != null && field.matches()) {
				fields.add(new String[] { field.group(1).toLowerCase(Locale.ROOT), field.group(2) });
				continue;
			}
			var alone = lines[i].length() < 16 ? FIELD_NAME_ALONE.matcher(lines[i]) : null;
			if (alone != null && alone.matches() && i + 1 < lines.length && !lines[i + 1].isBlank()
					&& !FIELD_NAME_ALONE.matcher(lines[i + 1]).matches()) {
				fields.add(new String[] { alone.group(1).toLowerCase(Locale.ROOT), lines[i + 1].strip() });
				fields.add(null);
				i++;
				continue;
			}
			fields.add(null);
		}
		return fields;
	}

	/** Whether a text writes a time or a venue as a field ("Time:", "Venue:"). */
	private static boolean hasTimeOrVenueField(String text) {
		for (var word : List.of("ime:", "IME:", "enue:", "ENUE:", "ocation:", "OCATION:", "IME\n", "ENUE\n",
				"OCATION\n", "ime\n", "enue\n", "ocation\n")) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private void readTables(String letter, @Nullable LocalDate letterDate, @Nullable String series,
			Map<String, MeetingDraft> meetings) {
		var lines = letter.split("\n");
		for (int i = 0; i < lines.length; i++) {
			var header = cells(lines[i]);
			if (header.size() < 2) {
				continue;
			}
			if (header.stream().noneMatch((c) -> DATE_HEADER.matcher(c.toLowerCase(Locale.ROOT)).find())) {
				// No header: a row whose cells hold a date, and perhaps times and a room,
				// is read by what they hold.
				var inferred = inferred(header);
				if (inferred != null) {
					readRow(inferred, header, letterDate, series, false, meetings);
				}
				continue;
			}
			var columns = columns(header);
			var before = String.join(" ", List.of(lines).subList(Math.max(0, i - 4), i));
			var provisional = findsAtWord(PROVISIONAL, lower(before + " " + lines[i]));
			int row = i + 1;
			if (row < lines.length && timesOfWrappedHeader(lines[row], columns)) {
				row++;
			}
			for (; row < lines.length; row++) {
				var cells = cells(lines[row]);
				if (cells.isEmpty()) {
					continue;
				}
				if (cells.size() < 2) {
					if (lines[row].isBlank() || datedRowFollows(lines, row)) {
						// A blank line, or a cell's words wrapped onto a line of their
						// own
						// (a scan, a PDF): the table goes on.
						continue;
					}
					break;
				}
				readRow(columns, aligned(columns, cells), letterDate, series, provisional, meetings);
			}
			i = row - 1;
		}
	}

	/**
	 * Whether the line under a header holds only the times its slot columns wrapped onto
	 * a second line ("Morning" over "(10:00-13:00)"): if so, the slots take those times.
	 */
	private static boolean timesOfWrappedHeader(String line, List<Column> columns) {
		var cells = cells(line);
		if (cells.isEmpty() || line.isBlank() || !DateReader.mentions(line).isEmpty()) {
			return false;
		}
		var times = new ArrayList<TimeReader.Times>();
		for (var cell : cells) {
			var read = TimeReader.read(cell);
			if (read.size() != 1 || read.get(0).to() == null
					|| cell.replaceAll("[\\d:.()\\s\u2013-]|a\\.?m\\.?|p\\.?m\\.?|to", "").length() > 2) {
				return false;
			}
			times.add(read.get(0));
		}
		var slots = new ArrayList<Integer>();
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).role().equals("slot")) {
				slots.add(c);
			}
		}
		if (slots.size() != times.size()) {
			return false;
		}
		for (int k = 0; k < slots.size(); k++) {
			var time = times.get(k);
			columns.set(slots.get(k), new Column("slot", time.from(), time.to()));
		}
		return true;
	}

	/** Whether a row with a date in its first cell comes within the next few lines. */
	private static boolean datedRowFollows(String[] lines, int row) {
		for (int next = row + 1; next < Math.min(lines.length, row + 5); next++) {
			var cells = cells(lines[next]);
			if (cells.size() >= 2) {
				var mentions = DateReader.mentions(cells.get(0));
				return !mentions.isEmpty() && mentions.get(0).start() < 12;
			}
		}
		return false;
	}

	/**
	 * A row with fewer cells than its header (a scan or a PDF ran two cells together with
	 * one space) whose last cell names a room under a last venue column: the room goes to
	 * its column and the words between to every slot column, since they cannot be told
	 * apart.
	 */
	private static List<String> aligned(List<Column> columns, List<String> cells) {
		int last = columns.size() - 1;
		if (cells.size() >= columns.size() || cells.size() < 2 || !columns.get(last).role().equals("venue")
				|| RoomReader.find(cells.get(cells.size() - 1)) == null || !columns.get(0).role().equals("date")) {
			return cells;
		}
		var middle = String.join(" ", cells.subList(1, cells.size() - 1));
		var out = new ArrayList<String>();
		out.add(cells.get(0));
		for (int c = 1; c < last; c++) {
			out.add(columns.get(c).role().equals("slot") ? middle : "");
		}
		out.add(cells.get(cells.size() - 1));
		return out;
	}

	/** A column's role in a programme table, and for a slot column its times. */
	record Column(String role, @Nullable LocalTime from, @Nullable LocalTime to) {
	}

	/**
	 * The columns of a row without a header, from what its cells hold; null when no cell
	 * holds a date.
	 */
	private static @Nullable List<Column> inferred(List<String> cells) {
		var columns = new ArrayList<Column>();
		boolean dated = false;
		for (var cell : cells) {
			var mentions = DateReader.mentions(cell);
			if (!dated && !mentions.isEmpty() && mentions.get(0).start() < 12) {
				columns.add(new Column("date", null, null));
				dated = true;
			}
			else if (!TimeReader.read(cell).isEmpty() && cell.length() < 60) {
				columns.add(new Column("time", null, null));
			}
			else if (RoomReader.find(cell) != null && cell.length() < 60) {
				columns.add(new Column("venue", null, null));
			}
			else {
				columns.add(new Column("topic", null, null));
			}
		}
		return dated ? columns : null;
	}

	private static List<Column> columns(List<String> header) {
		var columns = new ArrayList<Column>(header.size());
		for (var cell : header) {
			var lower = cell.toLowerCase(Locale.ROOT);
			var times = TimeReader.read(cell);
			if (DATE_HEADER.matcher(lower).find()) {
				columns.add(new Column("date", null, null));
			}
			else if (lower.contains("morning") || lower.contains("a.m") || lower.contains("afternoon")
					|| lower.contains("evening") || !times.isEmpty() && times.get(0).to() != null) {
				var from = !times.isEmpty() ? times.get(0).from()
						: lower.contains("morning") ? LocalTime.of(10, 0) : LocalTime.of(15, 0);
				var to = !times.isEmpty() ? times.get(0).to()
						: lower.contains("morning") ? LocalTime.of(13, 0) : LocalTime.of(18, 0);
				columns.add(new Column("slot", from, to));
			}
			else if (lower.startsWith("time") || lower.contains("hour")) {
				columns.add(new Column("time", null, null));
			}
			else if (VENUE_HEADER.matcher(lower).find()) {
				columns.add(new Column("venue", null, null));
			}
			else if (FORMAT_HEADER.matcher(lower).find()) {
				columns.add(new Column("format", null, null));
			}
			else {
				columns.add(new Column("topic", null, null));
			}
		}
		return columns;
	}

	private void readRow(List<Column> columns, List<String> cells, @Nullable LocalDate letterDate,
			@Nullable String series, boolean provisional, Map<String, MeetingDraft> meetings) {
		var dates = new ArrayList<LocalDate>();
		String venue = null;
		String format = series;
		var topics = new ArrayList<String>();
		var times = new ArrayList<TimeReader.Times>();
		for (int c = 0; c < Math.min(columns.size(), cells.size()); c++) {
			var cell = cells.get(c);
			switch (columns.get(c).role()) {
				case "date" -> DateReader.mentions(cell).forEach((m) -> m.days().forEach((d) -> {
					var date = DateReader.resolve(d, letterDate);
					if (date != null) {
						dates.add(date);
					}
				}));
				case "time" -> times.addAll(TimeReader.read(cell));
				case "venue" -> venue = RoomReader.find(cell) != null ? RoomReader.find(cell) : blankToNull(cell);
				case "format" -> format = blankToNull(cell);
				case "topic" -> {
					if (!cell.isBlank()) {
						topics.add(cell.trim());
					}
				}
				default -> {
				}
			}
		}
		var topic = topics.isEmpty() ? null : String.join("; ", topics);
		for (var date : dates) {
			if (letterDate != null && date.isBefore(letterDate)) {
				continue;
			}
			boolean anySlot = false;
			for (int c = 0; c < Math.min(columns.size(), cells.size()); c++) {
				var column = columns.get(c);
				if (column.role().equals("slot") && !cells.get(c).isBlank()
						&& !DASHES.matcher(cells.get(c)).matches()) {
					anySlot = true;
					add(meetings, draft(date, column.from(), column.to(), venue, format, cells.get(c).trim(),
							provisional, true));
				}
			}
			if (anySlot) {
				continue;
			}
			if (times.isEmpty()) {
				add(meetings, draft(date, null, null, venue, format, topic, provisional, true));
			}
			for (var time : times) {
				add(meetings, draft(date, time.from(), time.to(), venue, format, topic, provisional, true));
			}
		}
	}

	private static List<String> cells(String line) {
		var trimmed = line.trim();
		if (trimmed.startsWith("|") && trimmed.indexOf('|', 1) > 0) {
			// A table as OCR writes it in markdown: "| Date | Morning | … |", with
			// "|---|---|" under the header.
			var parts = new ArrayList<>(List.of(trimmed.split("\\|", -1)));
			parts.remove(0);
			if (!parts.isEmpty() && parts.get(parts.size() - 1).isBlank()) {
				parts.remove(parts.size() - 1);
			}
			var cells = parts.stream().map(String::trim).toList();
			// The rule under the header is no row: an empty list says so.
			return cells.stream().allMatch((c) -> RULE_CELL.matcher(c).matches()) ? List.of() : cells;
		}
		if (line.contains("\t")) {
			return List.of(line.split("\t", -1)).stream().map(String::trim).toList();
		}
		// Tables copied out of a PDF lose their tabs; columns stay apart by runs of
		// spaces.
		if (line.contains("   ") && SPACED_COLUMNS.matcher(line).find()) {
			return List.of(line.trim().split(" {3,}"));
		}
		return List.of(line);
	}

	private static MeetingDraft draft(LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end,
			@Nullable String venue, @Nullable String format, @Nullable String topic, boolean provisional,
			boolean fromTable) {
		var draft = new MeetingDraft(date);
		draft.start = start;
		draft.end = end;
		draft.venue = venue;
		draft.format = format;
		draft.topic = topic;
		draft.provisional = provisional;
		draft.fromTable = fromTable;
		return draft;
	}

	/**
	 * Adds a meeting, or merges it into the same one already read; answers the one kept.
	 */
	private static MeetingDraft add(Map<String, MeetingDraft> meetings, MeetingDraft draft) {
		var known = meetings.get(draft.key());
		if (known == null) {
			meetings.put(draft.key(), draft);
			return draft;
		}
		if (draft.fromTable && !known.fromTable) {
			draft.absorb(known);
			meetings.put(draft.key(), draft);
			return draft;
		}
		known.absorb(draft);
		return known;
	}

	/** "both days", "each day", "daily": a sentence about the days just announced. */
	static final Pattern THOSE_DAYS = Pattern.compile(
			"\\b(?:both days|each day|every day|each of these days|on these days|daily|the meeting|the meetings|all meetings|all the meetings|all sessions|all the sessions|these meetings|both meetings|each meeting)\\b");

	/**
	 * A sentence without a date that goes on about the meetings the sentence before
	 * announced: "The schedule on both days is as follows: 10-13 and 15-18 hours" gives
	 * them their slots, "The meeting will be held in room S-2723" their room.
	 */
	private static void completeLastAdded(String sentence, String low, List<MeetingDraft> lastAdded,
			Map<String, MeetingDraft> meetings) {
		if (lastAdded.isEmpty() || !findsAtWord(THOSE_DAYS, low)) {
			return;
		}
		var rooms = RoomReader.findAll(sentence);
		if (!rooms.isEmpty()) {
			// A room named after the city ("in Geneva" / "in Room XVIII of the Palais des
			// Nations") says where in it.
			lastAdded.stream()
				.filter((d) -> d.venue == null || RoomReader.isCity(d.venue) && !RoomReader.isCity(rooms.get(0).name()))
				.forEach((d) -> d.venue = rooms.get(0).name());
		}
		var times = TimeReader.read(sentence);
		if (times.isEmpty() || lastAdded.stream().anyMatch((d) -> d.start != null)) {
			return;
		}
		for (var untimed : List.copyOf(lastAdded)) {
			meetings.remove(untimed.key());
			for (var slot : times) {
				add(meetings, draft(untimed.date, slot.from(), slot.to(), untimed.venue, untimed.format, untimed.topic,
						untimed.provisional, false));
			}
		}
	}

	/**
	 * One meeting per day and start. A day announced without a time where the letter also
	 * gives times for it is the same meetings, said twice: its room joins them.
	 */
	private static List<Extraction.Meeting> settle(java.util.Collection<MeetingDraft> drafts) {
		var timedDays = new LinkedHashSet<LocalDate>();
		drafts.stream().filter((d) -> d.start != null).forEach((d) -> timedDays.add(d.date));
		var kept = new ArrayList<MeetingDraft>();
		for (var draft : drafts) {
			if (draft.start == null && timedDays.contains(draft.date) && draft.venue != null
					&& drafts.stream()
						.noneMatch((d) -> d.date.equals(draft.date) && d.start != null
								&& (d.venue == null || d.venue.equals(draft.venue)))) {
				// The day's timed meetings are elsewhere: this is another meeting.
				kept.add(draft);
				continue;
			}
			if (draft.start == null && timedDays.contains(draft.date) && (!draft.ofSession || drafts.stream()
				.anyMatch((d) -> d.date.equals(draft.date) && d.start != null && (d.startsSession || d.fromTable)))) {
				// A session's day takes the times of its programme's table, or of the
				// sentence that says when it begins.
				drafts.stream()
					.filter((d) -> d.date.equals(draft.date) && d.start != null)
					.forEach((d) -> d.absorb(draft));
				continue;
			}
			kept.add(draft);
		}
		kept.sort(java.util.Comparator.comparing((MeetingDraft d) -> d.date)
			.thenComparing((d) -> d.start, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		return kept.stream()
			.map((d) -> new Extraction.Meeting(d.date, d.start, d.end, d.venue, d.format, d.topic,
					d.changed != null ? d.changed
							: d.provisional ? Extraction.Status.PROVISIONAL : Extraction.Status.SCHEDULED))
			.toList();
	}

	// --- Senders ----------------------------------------------------------------

	/**
	 * More signers than a letter has: a file naming more is not read for more (each new
	 * signer is compared with those found, so their number must stay bounded).
	 */
	static final int MOST_SENDERS = 24;

	private List<Extraction.Sender> senders(List<Letter> letters, String whole) {
		var senders = new ArrayList<Extraction.Sender>();
		Map<String, String> statesSaid = null;
		for (int l = 0; l < letters.size() && senders.size() < MOST_SENDERS; l++) {
			var letter = letters.get(l);
			var lowered = lower(letter.text());
			var transmittal = isTransmittal(lowered, l, letters.size());
			var letterRole = transmittal ? PGA : roleIn(lowered);
			for (var block : signatureBlocks(letter.text())) {
				var name = block.name();
				var role = block.role() != null ? block.role() : letterRole;
				if (transmittal && block.role() == null) {
					role = PGA;
				}
				if (senders.size() >= MOST_SENDERS || senders.stream().anyMatch((s) -> sameName(s.name(), name))) {
					continue;
				}
				if (!transmittal && block.country() == null && statesSaid == null) {
					statesSaid = statesSaid(whole);
				}
				var country = transmittal ? null
						: block.country() != null ? block.country() : countryOf(name, statesSaid);
				senders.add(new Extraction.Sender(name, role, country));
			}
			presidentOfTheLetterhead(letters, l, lowered, senders);
		}
		return senders;
	}

	static final Pattern ENCLOSES = Pattern
		.compile("\\b(?:transmit|enclose|please find attached|attached (?:is|please find)|herewith)");

	/**
	 * The President's cover letter where it comes after what it transmits (a report, the
	 * co-chairs' letter, copied in that order): a later letter of the file on the
	 * President's letterhead that transmits or encloses. Null where the first letter is
	 * the cover, as usual.
	 */
	private static @Nullable Letter coverLetterAfterItsEnclosure(List<Letter> letters) {
		if (letters.size() < 2 || presidentsHead(head(letters.get(0).text()))) {
			return null;
		}
		for (int l = 1; l < letters.size(); l++) {
			var letter = letters.get(l);
			if (letter.date() == null) {
				continue;
			}
			if (onPresidentsLetterhead(letters, l) && findsAtWord(ENCLOSES, lower(letter.text()))) {
				return letter;
			}
		}
		return null;
	}

	/**
	 * Whether "THE PRESIDENT OF THE GENERAL ASSEMBLY" heads a letter: at its start, or at
	 * the end of the letter before it, where a file run together puts it.
	 */
	private static boolean onPresidentsLetterhead(List<Letter> letters, int l) {
		return presidentsHead(head(letters.get(l).text())) || l > 0 && presidentsHead(tail(letters.get(l - 1).text()));
	}

	/** The start of a letter, lowered: where its letterhead stands. */
	private static String head(String text) {
		return lower(text.substring(0, Math.min(text.length(), 160)));
	}

	/** The end of a letter, lowered: where the next one's letterhead may stand. */
	private static String tail(String text) {
		return lower(text.substring(Math.max(0, text.length() - 120)));
	}

	/**
	 * "THE PRESIDENT OF THE GENERAL ASSEMBLY" heads the letter (OCR may garble the first
	 * word: "PRkSIDENT"), just before or after its date.
	 */
	private static final Pattern PRESIDENTS_HEAD = Pattern
		.compile("\\bp\\S{1,3}sident\\s+(?:\\S\\s+)?of\\s*the\\s+general[^\\s\\p{L}]{0,2}\\s+assembly\\b");

	/**
	 * Words that make "the President of the General Assembly" part of a title or a
	 * sentence ("Report of the Co-Chairs to the President of the General Assembly",
	 * "convened by the President …"), not the office's heading.
	 */
	private static final Pattern NAMED_IN_A_PHRASE = Pattern
		.compile("\\b(?:to:?|by|for|with|before|and|addressed to|submitted to)\\s+(?:the\\s+)?$");

	/**
	 * "H.E. Mr. Dennis Francis" over "President of the General Assembly": the President
	 * as the addressee a letter names at its top, not the letterhead.
	 */
	private static final Pattern ADDRESSEE_NAMED_ABOVE = Pattern.compile(
			"(?:^|\\n)[ \\t]*(?:to:?\\s+)?(?:h\\.\\s?e\\.?|his excellency|her excellency)\\s[^\\n]{1,60}(?:,\\s*|\\n[ \\t]*)(?:the\\s+)?$");

	/**
	 * Whether lowered text holds the President's letterhead ({@link #PRESIDENTS_HEAD}):
	 * the office's heading, not the words inside a title or a sentence that names the
	 * President ("to the President of the General Assembly").
	 */
	private static boolean presidentsHead(String lowered) {
		var heading = PRESIDENTS_HEAD.matcher(lowered);
		while (heading.find()) {
			var before = lowered.substring(Math.max(0, heading.start() - 24), heading.start());
			if (!NAMED_IN_A_PHRASE.matcher(before).find() && !ADDRESSEE_NAMED_ABOVE
				.matcher(lowered.substring(Math.max(0, heading.start() - 90), heading.start()))
				.find()) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|my)\\b");

	private static final String PGA = "President of the General Assembly";

	/**
	 * A letter on the President's letterhead, written in the first person, whose
	 * signature the text does not give readably ("John w,,/ she") or at all: its sender
	 * is the President of the session on its date, as the register of sessions writes the
	 * name, with a match that says the letter does not write it.
	 */
	private static void presidentOfTheLetterhead(List<Letter> letters, int l, String lowered,
			List<Extraction.Sender> senders) {
		var letter = letters.get(l);
		if (letter.date() == null || senders.size() >= MOST_SENDERS
				|| senders.stream().anyMatch((s) -> PGA.equals(s.role()))) {
			return;
		}
		if (!onPresidentsLetterhead(letters, l) || !FIRST_PERSON.matcher(lowered).find()) {
			return;
		}
		var term = SignerNames.presidentsTermOn(letter.date());
		if (term != null && senders.stream().noneMatch((s) -> SignerNames.nearly(s.name(), term.name()))) {
			// Not written in the letter: the match says so, and the reviewer sees why.
			senders.add(new Extraction.Sender(term.name(), PGA, null, new Extraction.Match(null, term.name(),
					KnownPeople.APPLIED, true, KnownPeople.PRESIDENT, term.session(), null)));
		}
	}

	record Block(String name, @Nullable String role, @Nullable String country) {
	}

	/**
	 * An honorific before a person's name, as letters write it about others; "RE. Mr." is
	 * how OCR reads "H.E. Mr.".
	 */
	private static final String HONORIFIC = "\\b(?:H\\.\\s?E\\.?|HE|RE\\.(?=\\s+(?:Mr|Ms|Mrs|Dr)\\b)|His Excellency|Her Excellency|Ambassadors?)\\s+(?:(?:Mr|Ms|Mrs|Dr|Madam)\\.?\\s+)?";

	/** A name: up to five capitalised words or initials. */
	private static final String PERSON_NAME = "(\\p{Lu}[\\p{L}'-]*\\.?(?:[ \\t]+\\p{Lu}[\\p{L}'-]*\\.?){0,4})";

	static final Pattern HONOURED_PERSON = Pattern.compile(HONORIFIC + PERSON_NAME);

	/**
	 * "co-facilitators Ana Pérez and Jan Novák", "Ambassadors Ana Pérez and Jan Novák".
	 */
	static final Pattern NAMED_PAIR = Pattern
		.compile("(?i:co-?facilitators|co-?chairs|ambassadors)\\s+" + PERSON_NAME + "\\s+and\\s+" + PERSON_NAME);

	/**
	 * "Espinosa’s letter", "Ms. Ruiz's letter": a person's letter, written of by a report
	 * (not "the President's letter", "the Co-Chairs' letter": a title, not a name).
	 */
	static final Pattern WHOSE_LETTER = Pattern
		.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,3})['’]s letter$");

	/**
	 * "UN General Assembly (UNGA) President John Ashe announced", "ECOSOC President Ana
	 * Ruiz has appointed": a President named before what their letter did, as a report of
	 * it writes.
	 */
	static final Pattern PRESIDENT_DID = Pattern.compile("President "
			+ "(\\p{Lu}\\p{L}+(?: \\p{Lu}\\.| \\p{Lu}\\p{L}+){1,4}) (?:has |had )?(?:announced|appointed|informed|wrote|"
			+ "written|circulated|sent|shared|invited|convened|transmitted|requested|proposed|outlined|issued)\\b");

	/** Words saying that a sentence's people wrote or sent the letter. */
	static final Pattern WROTE = Pattern.compile(
			"\\b(?:letter from|on behalf of|transmit|enclose|sent a letter|wrote|write to you|have written|signed by|letters? (?:dated|of) (?:\\d{1,2} \\p{L}+|\\p{L}+ \\d{1,2})(?:,? \\d{4})?,? from)");

	/**
	 * "… appointed H.E. X and H.E. Y as Co-Facilitators": the people who lead, and write.
	 */
	static final Pattern AS_THE_CHAIRS = Pattern.compile("\\bas (?:the )?(?:co-?facilitators|co-?chairs)\\b");

	/**
	 * "… the two Co-Chairs I designated on Management Reform, namely, Ambassador X of Y
	 * and Ambassador Z of W": the chairs named, who lead and write.
	 */
	static final Pattern CHAIRS_NAMELY = Pattern
		.compile("\\b(?:co-?facilitators|co-?chairs)\\b[^.;:]{0,80}\\bnamely\\b");

	/** " of Pakistan" straight after a person's name. */
	private static final Pattern OF_STATE = Pattern.compile("^,?\\s+of\\s+");

	static final Pattern THANKED = Pattern.compile("\\b(?:thank|gratitude|appreciation|congratulat)");

	/**
	 * "(Signed) Ana Pérez": a signature wherever it stands, with a co-signer's line after
	 * it.
	 */
	private static final Pattern SIGNED_NAME = Pattern.compile("\\((?:Signed|signed)\\)\\s*" + PERSON_NAME
			+ "(?:\\s*\\n\\s*(?:\\((?:Signed|signed)\\)\\s*)?" + PERSON_NAME + "\\s*(?:\\n|$))?");

	/** An e-mail's sender: "From: Ana Pérez <ana@example.org>". */
	private static final Pattern MAIL_FROM = Pattern.compile("(?m)^From:\\s*" + PERSON_NAME + "\\s*<");

	/**
	 * The people the text itself says wrote or sent the letter, where no signature block
	 * names them: "a letter from H.E. Mr. X, Permanent Representative of Y, and …", "On
	 * behalf of H.E. Ms. X … Co-facilitators", "co-facilitators X and Y sent a letter",
	 * "(Signed) X", an e-mail's "From:". People only thanked are not senders.
	 */
	private List<Extraction.Sender> withNamedInText(List<Extraction.Sender> found, String text, Sentences read) {
		var senders = new ArrayList<>(found);
		var lowered = lower(text);
		var role = roleIn(lowered);
		for (var signed = SIGNED_NAME.matcher(text); text.contains("igned)") && signed.find()
				&& senders.size() < MOST_SENDERS;) {
			addNamed(senders, signed.group(1), role, null);
			if (signed.group(2) != null) {
				addNamed(senders, signed.group(2), role, null);
			}
		}
		for (var from = MAIL_FROM.matcher(text); text.contains("From:") && from.find()
				&& senders.size() < MOST_SENDERS;) {
			addNamed(senders, from.group(1), null, null);
		}
		namedWithTheirStates(senders, text, lowered, read);
		// "UNGA President John Ashe announced …": a report of the President's letter.
		var president = PRESIDENT_DID.matcher(text);
		for (int at = text.indexOf("President "); at >= 0
				&& senders.size() < MOST_SENDERS; at = text.indexOf("President ", at + 1)) {
			if (president.region(at, text.length()).lookingAt()) {
				var before = text.substring(Math.max(0, at - 24), at);
				var ofTheAssembly = before.endsWith("General Assembly ") || before.endsWith("(UNGA) ")
						|| before.endsWith("UNGA ") || before.endsWith(" GA ");
				addNamed(senders, president.group(1), ofTheAssembly ? PGA : null, null);
			}
		}
		// "Espinosa’s letter recalls …": the person whose letter a report reads.
		for (int at = text.indexOf("s letter"); at > 1
				&& senders.size() < MOST_SENDERS; at = text.indexOf("s letter", at + 1)) {
			char apostrophe = text.charAt(at - 1);
			if (apostrophe == '\'' || apostrophe == '’') {
				var whose = WHOSE_LETTER.matcher(text).region(Math.max(0, at - 60), at + 8).useTransparentBounds(true);
				if (whose.find()) {
					addNamed(senders, whose.group(1), null, null);
				}
			}
		}
		if (!saysWhoWrote(lowered)) {
			return senders;
		}
		for (int k = 0; k < read.sentences().size(); k++) {
			var sentence = read.sentences().get(k);
			if (senders.size() >= MOST_SENDERS) {
				break;
			}
			var low = read.lowered(k);
			if (!saysWhoWrote(low) || findsAtWord(THANKED, low)) {
				continue;
			}
			var sentenceRole = findsAtWord(CO_FACILITATOR, low) ? "Co-facilitator"
					: findsAtWord(CO_CHAIR, low) ? "Co-Chair" : role;
			var person = HONOURED_PERSON.matcher(sentence);
			for (int from = 0; findAtWord(person, sentence, from); from = person.end()) {
				var after = sentence.substring(person.end(), Math.min(sentence.length(), person.end() + 60));
				var of = REPRESENTATIVE_OF.matcher(after);
				var ofState = OF_STATE.matcher(after);
				var country = ofState.lookingAt() ? this.countries.startAt(after, ofState.end())
						: of.find() && of.start() < 30 ? this.countries.startAt(after, of.end()) : null;
				addNamed(senders, person.group(1), sentenceRole, country);
			}
			var pair = NAMED_PAIR.matcher(sentence);
			for (int from = 0; findAtWord(pair, sentence, from); from = pair.end()) {
				addNamed(senders, pair.group(1), sentenceRole, null);
				addNamed(senders, pair.group(2), sentenceRole, null);
			}
		}
		return senders;
	}

	/**
	 * "Ana Pérez, Permanent Representative of Spain": a person named by title without an
	 * honorific, as reports of letters write the chairs.
	 */
	static final Pattern NAME_THEN_REPRESENTATIVE = Pattern
		.compile(PERSON_NAME + ",\\s+(?:the\\s+)?(?:Ambassador and\\s+)?Permanent Representative of\\s+");

	/** "a letter from Ana Pérez, Spain, and …": the writers, each with a State. */
	static final Pattern LETTER_FROM = Pattern.compile("\\bletter from\\s+");

	/** "Ana Pérez, Spain" or "and Jan Novák, Czechia": a name, a comma, then a State. */
	private static final Pattern NAME_THEN_COMMA = Pattern.compile("(?:,?\\s*and\\s+)?" + PERSON_NAME + ",\\s+");

	/**
	 * Words saying that a text's chairs wrote it, where it only reports their letter:
	 * "the co-facilitators' letter", "in a letter to Member States, the co-facilitators",
	 * "co-facilitators … issued a roadmap".
	 */
	static final Pattern CHAIRS_WROTE = Pattern.compile(
			"\\b(?:co-?(?:facilitators|chairs)['’]?\\s+(?:letter|roadmap)|letter (?:from|by) the co-?(?:facilitators|chairs)|in (?:a|their) letter\\b[^.]{0,60}\\bco-?(?:facilitators|chairs)|co-?(?:facilitators|chairs)\\b[^.]{0,200}\\b(?:issued|circulated|sent) (?:a|the|their))");

	/**
	 * The writers a text names without an honorific: the co-facilitators or co-chairs
	 * written with their title ("co-facilitators Ana Pérez, Permanent Representative of
	 * Spain, and Jan Novák, Permanent Representative of Czechia"), in a text that says
	 * they wrote; and the people "a letter from" names each with a State ("a letter from
	 * Ana Pérez, Spain, and Jan Novák, Czechia, who co-chair …").
	 */
	private void namedWithTheirStates(List<Extraction.Sender> senders, String text, String lowered, Sentences read) {
		boolean byTitle = text.contains("Permanent Representative of")
				&& (saysWhoWrote(lowered) || findsAtWord(CHAIRS_WROTE, lowered));
		var letterFrom = lowered.contains("letter from");
		if (!byTitle && !letterFrom) {
			return;
		}
		for (int k = 0; k < read.sentences().size(); k++) {
			var sentence = read.sentences().get(k);
			if (senders.size() >= MOST_SENDERS) {
				break;
			}
			// Only a sentence with a title or "a letter from" names anyone here: the
			// others are not lowered nor read.
			var titled = byTitle && sentence.contains("Permanent Representative of");
			if (!titled && !(letterFrom && containsInAnyCase(sentence, "letter from"))) {
				continue;
			}
			var low = read.lowered(k);
			if (findsAtWord(THANKED, low)) {
				continue;
			}
			var role = findsAtWord(CO_FACILITATOR, low) ? "Co-facilitator"
					: findsAtWord(CO_CHAIR, low) ? "Co-Chair" : null;
			if (titled && role != null) {
				var person = NAME_THEN_REPRESENTATIVE.matcher(sentence);
				for (int from = 0; findAtWord(person, sentence, from); from = person.end()) {
					var name = withoutLeadingTitles(person.group(1));
					if (!name.isEmpty()) {
						addNamed(senders, name, role, this.countries.startAt(sentence, person.end()));
					}
				}
			}
			var from = LETTER_FROM.matcher(low);
			if (low.contains("letter from") && from.find()) {
				namedEachWithAState(senders, sentence, from.end(), role);
			}
		}
	}

	/** Whether the text has the lower-case words, in any case, without lowering it. */
	private static boolean containsInAnyCase(String text, String words) {
		// At the first letter in either case, found by indexOf: a character lowered at
		// every position of every sentence was a hundredth of reading a letter.
		char first = words.charAt(0);
		char upper = Character.toUpperCase(first);
		return startsInAnyCase(text, words, first) || upper != first && startsInAnyCase(text, words, upper);
	}

	/** Whether the words, in any case, start at one of the places a character stands. */
	private static boolean startsInAnyCase(String text, String words, char first) {
		for (int at = text.indexOf(first); at >= 0
				&& at <= text.length() - words.length(); at = text.indexOf(first, at + 1)) {
			if (text.regionMatches(true, at, words, 0, words.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A word of a title or an honorific before a name: "Co-facilitators", "E.", "Ms.".
	 */
	private static final Pattern LEADING_TITLE = Pattern
		.compile("(?:" + TITLE_WORDS + "|Mr|Ms|Mrs|Dr|Madam|[HR]\\.?E|\\p{Lu}\\.(?:\\p{Lu}\\.)?)\\.?,?");

	/**
	 * A name with the titles and honorifics written before it left out ("Co-facilitators
	 * Ana Pérez", "E. Ms. Ana Pérez" where "H." ended the word before, OCR's "RE. Mr.").
	 */
	static String withoutLeadingTitles(String written) {
		var words = written.trim().split("\\s+");
		int first = 0;
		while (first < words.length && LEADING_TITLE.matcher(words[first]).matches()) {
			first++;
		}
		return String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
	}

	/** "Ana Pérez, Spain, and Jan Novák, Czechia": each name followed by its State. */
	private void namedEachWithAState(List<Extraction.Sender> senders, String sentence, int at, @Nullable String role) {
		var named = NAME_THEN_COMMA.matcher(sentence);
		for (int count = 0; count < 4 && named.region(at, sentence.length()).lookingAt(); count++) {
			var state = this.countries.startAt(sentence, named.end());
			if (state == null) {
				return;
			}
			addNamed(senders, named.group(1), role, state);
			int written = sentence.indexOf(state, named.end());
			if (written < 0) {
				return;
			}
			at = written + state.length();
		}
	}

	/** Whether lowered text says whose the letter is: who wrote it, or who chairs. */
	private static boolean saysWhoWrote(String low) {
		return findsAtWord(WROTE, low) || findsAtWord(AS_THE_CHAIRS, low) || findsAtWord(CHAIRS_NAMELY, low);
	}

	private static void addNamed(List<Extraction.Sender> senders, String written, @Nullable String role,
			@Nullable String country) {
		var name = nameAtStart(written);
		if (name == null || senders.size() >= MOST_SENDERS) {
			return;
		}
		// The new name folded once, not once for each sender it is compared with.
		var folded = SignerNames.folded(name);
		if (senders.stream()
			.anyMatch((s) -> sameName(s.name(), name) || SignerNames.nearly(SignerNames.folded(s.name()), folded))) {
			return;
		}
		senders.add(new Extraction.Sender(name, role, country));
	}

	/**
	 * A line of a signature block without its leading punctuation and "(Signed)". Each
	 * pattern only where the line starts as it would: the block's every line is read.
	 */
	private static String withoutSignedMark(String line) {
		int from = 0;
		while (from < line.length() && (isPatternSpace(line.charAt(from)) || ".,;:".indexOf(line.charAt(from)) >= 0)) {
			from++;
		}
		var trimmed = line.substring(from).trim();
		if (!trimmed.isEmpty() && "([sS".indexOf(trimmed.charAt(0)) >= 0) {
			return SIGNED.matcher(trimmed).replaceFirst("");
		}
		return trimmed;
	}

	/**
	 * Whether a trimmed line may be the description of a signature or a stamp: it starts
	 * as {@link #IMAGE_DESCRIPTION} does.
	 */
	private static boolean mayDescribeAnImage(String trimmed) {
		return !trimmed.isEmpty() && "[(aAhHsS".indexOf(trimmed.charAt(0)) >= 0;
	}

	/**
	 * The signers of a letter: the name lines after its closing formula, each with the
	 * lines that follow it.
	 */
	private List<Block> signatureBlocks(String letter) {
		var lines = new ArrayList<String>();
		var tail = afterClosing(letter);
		for (var line : columnsOneAfterTheOther(unrun(tail)).split("\n")) {
			var trimmed = withoutSignedMark(line);
			if (mayDescribeAnImage(trimmed) && IMAGE_DESCRIPTION.matcher(trimmed).find()) {
				// "A handwritten signature …, written over a stamp. Miroslav Lajčák": the
				// name may follow on the line.
				var end = AFTER_DESCRIPTION.matcher(trimmed);
				int after = -1;
				while (end.find()) {
					after = end.end();
				}
				trimmed = after < 0 ? "" : trimmed.substring(after).trim();
			}
			if (trimmed.isEmpty()) {
				continue;
			}
			if (containsInAnyCase(trimmed, "permanent")
					&& (ADDRESSEE.matcher(trimmed).find() || ADDRESSEE_LINE.matcher(trimmed).lookingAt())
					|| trimmed.equalsIgnoreCase("New York")) {
				break;
			}
			lines.add(trimmed);
		}
		var blocks = new ArrayList<Block>();
		String name = null;
		String partner = null;
		var about = new StringBuilder();
		String previous = "";
		for (var line : lines) {
			// "Permanent Representative" / "Portugal": a State on its own line is the
			// signer's, not a signer.
			var candidate = this.countries.isOnlyAState(line) ? null : nameAtStart(line);
			var continues = CONTINUED.matcher(previous).find();
			if (candidate != null && !continues) {
				if (name != null) {
					blocks.add(block(name, about.toString()));
					if (partner != null) {
						blocks.add(block(partner, about.toString()));
					}
				}
				name = candidate;
				partner = null;
				about.setLength(0);
				var rest = line.substring(Math.min(line.length(), line.indexOf(candidate) + candidate.length()));
				// "Ana Ruiz and Lars Berg" / "Co-Chairs": two signers of one block.
				var pair = AND_ANOTHER.matcher(rest);
				if (pair.matches()) {
					var second = nameAtStart(pair.group(1));
					if (second != null) {
						partner = second;
						rest = pair.group(1).substring(pair.group(1).indexOf(second) + second.length());
					}
				}
				about.append(rest);
			}
			else if (name != null) {
				about.append(' ').append(line);
			}
			previous = line;
		}
		if (name != null) {
			blocks.add(block(name, about.toString()));
			if (partner != null) {
				blocks.add(block(partner, about.toString()));
			}
		}
		return blocks;
	}

	/**
	 * What follows a signer's name when a second signer shares the line: "and Lars Berg".
	 */
	private static final Pattern AND_ANOTHER = Pattern.compile("\\s*(?:and|&)\\s+(\\S.*)");

	/**
	 * The text after the closing formula ("… the assurances of our highest
	 * consideration."), or the last lines of a letter without one. The formula is looked
	 * for only where "consideration" or "sincerely" stands.
	 */
	private static String afterClosing(String letter) {
		int end = -1;
		for (var word : List.of("onsideration", "ONSIDERATION", "incerely", "INCERELY", "aithfully", "egards",
				"Best,")) {
			for (int at = letter.indexOf(word); at >= 0; at = letter.indexOf(word, at + 1)) {
				int from = Math.max(0, at - 60);
				var closing = CLOSING.matcher(letter).region(from, Math.min(letter.length(), at + word.length() + 1));
				closing.useTransparentBounds(true);
				if (closing.find() && end < closing.end()) {
					end = closing.end();
					break;
				}
			}
		}
		return end < 0 ? lastLines(afterTheProgramme(letter), 3) : letter.substring(end);
	}

	/**
	 * What follows the last row of a programme's table (four cells or more: format, date,
	 * time, venue, topic), where a letter without a closing formula is signed (seed 003
	 * ends with its table, then "Alexander").
	 */
	private static String afterTheProgramme(String letter) {
		var lines = letter.split("\n");
		for (int i = lines.length - 1; i >= 0; i--) {
			if (lines[i].split("\t").length >= 4) {
				var after = String.join("\n", List.of(lines).subList(i + 1, lines.length));
				return after.isBlank() ? letter : after;
			}
		}
		return letter;
	}

	/**
	 * Co-signatories side by side (a PDF's columns, read as lines with a tab between
	 * them): each column's lines, one column after the other, so that each signer's block
	 * is read as if written alone.
	 */
	static String columnsOneAfterTheOther(String tail) {
		if (tail.indexOf('\t') < 0) {
			return tail;
		}
		var out = new StringBuilder();
		var columns = new ArrayList<StringBuilder>();
		for (var line : tail.split("\n", -1)) {
			if (line.indexOf('\t') < 0) {
				flushColumns(columns, out);
				out.append(line).append('\n');
				continue;
			}
			var cells = line.split("\t");
			for (int i = 0; i < cells.length; i++) {
				if (columns.size() <= i) {
					columns.add(new StringBuilder());
				}
				if (!cells[i].isBlank()) {
					columns.get(i).append(cells[i].strip()).append('\n');
				}
			}
		}
		flushColumns(columns, out);
		return out.toString();
	}

	private static void flushColumns(List<StringBuilder> columns, StringBuilder out) {
		for (var column : columns) {
			out.append(column).append('\n');
		}
		columns.clear();
	}

	/**
	 * A signature block whose line breaks were lost ("Kaha Imnadze Ambassador and
	 * Permanent Representative of Georgia Lana Zaki Nusseibeh …"): breaks go back before
	 * the addressees and after each "of" State.
	 */
	private String unrun(String tail) {
		var lines = tail.strip().split("\n");
		if (lines.length > 2 || tail.strip().length() < 80) {
			return tail;
		}
		var text = tail.replaceAll("\\s+(?=(?:To:?\\s+)?(?:All|The)\\s+Permanent\\s+(?:Representatives|Missions))",
				"\n");
		var out = new StringBuilder();
		var of = OF.matcher(text);
		int from = 0;
		while (of.find()) {
			var country = this.countries.startAt(text, of.end());
			if (country == null) {
				continue;
			}
			var end = text.indexOf(country, of.end()) + country.length();
			var toUn = TO_THE_UN.matcher(text.substring(end));
			if (toUn.find()) {
				end += toUn.end();
			}
			out.append(text, from, end).append('\n');
			from = end;
		}
		out.append(text.substring(from));
		return out.toString();
	}

	private Block block(String name, String about) {
		return new Block(name, roleOf(about), countryAfterOf(about));
	}

	/**
	 * A person's name at the start of a line, without honorifics, up to the first title
	 * word.
	 */
	private static @Nullable String nameAtStart(String line) {
		var trimmed = line.trim();
		// An honorific starts with one of these letters: no pattern is tried otherwise.
		var rest = trimmed.isEmpty() || "HMDPSAE".indexOf(trimmed.charAt(0)) < 0 ? trimmed
				: HONORIFICS.matcher(trimmed).replaceFirst("");
		if (STARTS_WITH_TITLE.matcher(rest).lookingAt()
				|| hasDigit(rest) && DIGIT.matcher(rest).find() && !NAME_THEN_TITLE.matcher(rest).lookingAt()) {
			return null;
		}
		var m = NAME.matcher(rest);
		if (!m.find()) {
			return null;
		}
		var words = new ArrayList<String>();
		for (var word : m.group(1).split(" ")) {
			if (TITLE_WORD.matcher(word).matches() || STOP_WORD.matcher(word).matches()) {
				break;
			}
			words.add(word.indexOf(',') < 0 && word.indexOf('.') < 0 ? word
					: TRAILING_PUNCTUATION.matcher(word).replaceAll(""));
		}
		if (words.isEmpty() || words.size() > 5 || words.stream().allMatch((w) -> w.length() < 2)
				|| NOT_A_NAME.matcher(String.join(" ", words)).matches()
				|| INSTITUTION_WORD.matcher(String.join(" ", words)).find()
				|| words.size() == 1 && COMMON_NOUN.matcher(words.get(0)).find()
				|| words.size() == 1 && HEADING_GOES_ON.matcher(rest).region(m.end(1), rest.length()).lookingAt()) {
			return null;
		}
		// A name is written in words of letters, at least one of them more than an
		// initial.
		return String.join(" ", words);
	}

	private static @Nullable String roleOf(String about) {
		var lower = about.toLowerCase(Locale.ROOT);
		if (lower.contains("president of the general assembly")) {
			return PGA;
		}
		if (CO_CHAIR.matcher(lower).find()) {
			return "Co-Chair";
		}
		if (CO_FACILITATOR.matcher(lower).find()) {
			return "Co-facilitator";
		}
		if (VICE_CHAIR.matcher(lower).find()) {
			return "Vice-Chair";
		}
		if (CHAIR.matcher(lower).find()) {
			return "Chair";
		}
		if (FACILITATOR.matcher(lower).find()) {
			return "Facilitator";
		}
		return null;
	}

	/**
	 * The role the letter's own words give its signers: "our capacity as Co-Chairs",
	 * "appointed me as Chair".
	 */
	private static @Nullable String roleIn(String lower) {
		// The patterns only where their word is: a word boundary is tried at every
		// character.
		var chair = lower.contains("chair");
		var facilitator = lower.contains("facilitator");
		if (chair && (findsAtWord(CO_CHAIR, lower) || findsAtWord(THE_CHAIRS, lower))) {
			return "Co-Chair";
		}
		if (facilitator && findsAtWord(CO_FACILITATOR, lower)) {
			return "Co-facilitator";
		}
		if (chair && findsAtWord(AS_CHAIR, lower)) {
			return "Chair";
		}
		if (facilitator && findsAtWord(FACILITATOR, lower)) {
			return "Facilitator";
		}
		return null;
	}

	/**
	 * A cover letter of the President: the letterhead says so, or it transmits or
	 * encloses another letter, and another letter follows it in the file.
	 */
	private static boolean isTransmittal(String lower, int index, int letters) {
		if (lower.contains("president") && lower.contains("excellency") && findsAtWord(PRESIDENT, lower)
				&& !(lower.contains("capacity") && findsAtWord(CAPACITY_CO_CHAIRS, lower))
				&& !namedOnlyInPhrases(lower)) {
			return index == 0 || PRESIDENT_LETTERHEAD.matcher(lower).find();
		}
		return index == 0 && letters > 1 && (lower.contains("transmit") || lower.contains("enclose"))
				&& findsAtWord(TRANSMITS, lower);
	}

	/**
	 * Whether every "the President of the General Assembly" of a lowered letter stands in
	 * a phrase ("Report of the Co-Chairs to the President of the General Assembly",
	 * "submitted to the President …"): the letter is written to the President, not by.
	 */
	private static boolean namedOnlyInPhrases(String lower) {
		var m = PRESIDENT.matcher(lower);
		for (int from = 0; findAtWord(m, lower, from); from = m.end()) {
			// "the president": what stands before "the" makes it a phrase's.
			var before = lower.substring(Math.max(0, m.start() - 24), m.start()) + "the ";
			if (!NAMED_IN_A_PHRASE.matcher(before).find()) {
				return false;
			}
		}
		return true;
	}

	/** A signer's title, then what follows it: "Permanent Representative Portugal". */
	private static final Pattern TITLE_THEN = Pattern
		.compile("\\s*(?:Ambassador and )?(?:Deputy )?Permanent Representative\\s+(?!of\\b)");

	private @Nullable String countryAfterOf(String about) {
		var m = REPRESENTATIVE_OF.matcher(about);
		while (m.find()) {
			var country = this.countries.startAt(about, m.end());
			if (country != null) {
				return country;
			}
		}
		// "Ambassador and Permanent Representative\nof Georgia": the State may stand
		// alone after "of".
		var of = OF.matcher(about);
		while (of.find()) {
			var country = this.countries.startAt(about, of.end());
			if (country != null) {
				return country;
			}
		}
		// "Permanent Representative" / "Portugal": or on its own after the title.
		var title = TITLE_THEN.matcher(about);
		return title.lookingAt() ? this.countries.startAt(about, title.end()) : null;
	}

	/**
	 * Where signers' States are said elsewhere in the file ("H.E. Sylvie Lucas, Permanent
	 * Representative of Luxembourg"): each word standing just before "Representative of"
	 * a State, with that State. Read in one pass over the file, at each "… of" only, so
	 * that looking up a signer costs nothing more, however many signers and however long
	 * the file (a search of the whole file for each signer's surname was quadratic in a
	 * letter without line breaks).
	 */
	Map<String, String> statesSaid(String text) {
		var states = new LinkedHashMap<String, String>();
		var of = REPRESENTATIVE_OF.matcher(text);
		var afterSurname = AFTER_SURNAME.matcher(text);
		var low = lower(text);
		// Tried only where one of its words stands (in any case), as find() would find
		// it:
		// a case-insensitive alternation was otherwise tried at every character of the
		// file.
		for (int word = representativeAt(low, 0); word >= 0; word = representativeAt(low, word + 1)) {
			if (!of.region(word, text.length()).lookingAt()) {
				continue;
			}
			word = of.end() - 1;
			var country = this.countries.startAt(text, of.end());
			if (country == null) {
				continue;
			}
			// The surname ends at most 30 characters, and what may follow a surname,
			// before
			// "Representative of".
			for (int at = Math.max(0, of.start() - 60); at < of.start(); at++) {
				if (!isWordCharacter(text.charAt(at)) || at > 0 && isWordCharacter(text.charAt(at - 1))) {
					continue;
				}
				int end = at;
				while (end < text.length() && isWordCharacter(text.charAt(end))) {
					end++;
				}
				if (end >= of.start() || !afterSurname.region(end, text.length()).lookingAt()
						|| of.start() - afterSurname.end() >= 30) {
					continue;
				}
				states.putIfAbsent(text.substring(at, end), country);
			}
		}
		return states;
	}

	/** The words {@link #REPRESENTATIVE_OF} starts with, in lower case. */
	private static final List<String> REPRESENTATIVE_WORDS = List.of("representative", "mission", "ambassador",
			"observer", "minister");

	/**
	 * Where the first of those words stands in lowered text from a position on, or -1.
	 */
	private static int representativeAt(String low, int from) {
		int first = -1;
		for (var word : REPRESENTATIVE_WORDS) {
			int at = low.indexOf(word, from);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/** The State said elsewhere for a signer, by the last word of the name. */
	private static @Nullable String countryOf(String name, Map<String, String> statesSaid) {
		var words = name.split(" ");
		return statesSaid.get(words[words.length - 1]);
	}

	private static final Pattern AFTER_SURNAME = Pattern.compile(",?\\s+(?:the\\s+)?(?:Ambassador and\\s+)?");

	private static boolean sameName(String a, String b) {
		var x = distinctWords(a);
		var y = distinctWords(b);
		int common = 0;
		for (var word : x) {
			if (java.util.Arrays.asList(y).contains(word)) {
				common++;
			}
		}
		// One holds all the other's words, or they share two.
		return common == y.length || common == x.length || common >= 2;
	}

	/** A name's words in lower case, each once, split at single spaces. */
	private static String[] distinctWords(String name) {
		var words = name.toLowerCase(Locale.ROOT).split(" ");
		int count = 0;
		for (var word : words) {
			boolean seen = false;
			for (int k = 0; k < count && !seen; k++) {
				seen = words[k].equals(word);
			}
			if (!seen) {
				words[count++] = word;
			}
		}
		return count == words.length ? words : java.util.Arrays.copyOf(words, count);
	}

	// --- Addressees, process, references, rules ---------------------------------------

	private static final Pattern ADDRESSEES = Pattern.compile(
			"(?:To:?\\s+)?((?:All|The)\\s+Permanent\\s+(?:Representatives|Missions|Observers)[\\w\\s,]{0,80}?\\s+to\\s+the\\s+United\\s+Nations)",
			Pattern.CASE_INSENSITIVE);

	/** The letter's addressees, as one line without "To:" and "New York". */
	private static @Nullable String addressees(String letter) {
		for (var window : around(letter, "ermanent", 12, 140)) {
			var m = ADDRESSEES.matcher(window);
			if (m.find()) {
				return WHITESPACE.matcher(m.group(1)).replaceAll(" ").trim();
			}
		}
		return null;
	}

	// --- One letter of a file as it writes itself -----------------------------------

	/**
	 * What one letter of a file writes of itself, as it is stored: to whom (its own
	 * addressees, null where it names none) and the title each signer's block writes
	 * under the name ("Ambassador and Permanent Representative of Georgia", "Co-Chair"),
	 * by the name the block gives.
	 */
	record Written(@Nullable String addressees, Map<String, String> titles) {

		/** The title written for a signer, by name as written or nearly so. */
		@Nullable String titleOf(String name) {
			for (var title : this.titles.entrySet()) {
				if (sameName(title.getKey(), name) || SignerNames.nearly(title.getKey(), name)) {
					return title.getValue();
				}
			}
			return null;
		}

	}

	/** Whether a title being written ends with a word ("… and Permanent"). */
	private static boolean endsWith(StringBuilder title, String word) {
		return title.length() >= word.length() && title.indexOf(word, title.length() - word.length()) >= 0;
	}

	/** Longest title a signer's block is read for. */
	private static final int LONGEST_TITLE = 200;

	/**
	 * A letter addressed to the President: "To: H.E. Mr. Dennis Francis, President of the
	 * seventy-eighth session of the General Assembly", "H.E. Ms. Ana Ruiz" over
	 * "President of the General Assembly", or a "To:" line naming the office.
	 */
	private static final Pattern TO_THE_PRESIDENT = Pattern.compile(
			"^[ \\t]*(?:To:?[ \\t]+)?((?:(?:H\\.\\s?E\\.?|His Excellency|Her Excellency)[ \\t]+(?:(?:Mr|Ms|Mrs|Madam|Dr)\\.?[ \\t]+)?\\p{Lu}[^\\n,]{1,60}?[ \\t]*(?:,[ \\t]*|\\n[ \\t]*))(?:the[ \\t]+)?President of the (?:[\\p{L}-]+[ \\t]+session of the[ \\t]+)?General[ \\t]+Assembly)"
					+ "|^[ \\t]*To:?[ \\t]+((?:the[ \\t]+)?President of the (?:[\\p{L}-]+[ \\t]+session of the[ \\t]+)?General[ \\t]+Assembly)",
			Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

	/** "Mr. President,", "Dear Madam President:": a letter to the President. */
	private static final Pattern DEAR_PRESIDENT = Pattern
		.compile("^[ \\t]*(?:Dear[ \\t]+)?(?:Mr\\.?|Madam)[ \\t]+President[,:]", Pattern.MULTILINE);

	/** The President as a salutation names the office. */
	static final String THE_PRESIDENT = "The President of the General Assembly";

	/**
	 * What one letter of a file writes of itself (see {@link Written}): a letter enclosed
	 * in the President's is stored saying to whom it is written and what its signers are,
	 * as it says, not as the cover does.
	 */
	Written written(String letter) {
		var addressees = addressees(letter);
		if (addressees == null && letter.contains("resident")) {
			var to = TO_THE_PRESIDENT.matcher(letter);
			if (to.find()) {
				var found = to.group(1) != null ? to.group(1) : to.group(2);
				addressees = WHITESPACE.matcher(found.replace("\n", ", ")).replaceAll(" ").replace(" ,", ",").trim();
			}
			else if (DEAR_PRESIDENT.matcher(letter).find()) {
				addressees = THE_PRESIDENT;
			}
		}
		return new Written(addressees, writtenTitles(letter));
	}

	/**
	 * Each signer's title as the block writes it under (or beside) the name, its lines
	 * joined ("Ambassador and Permanent Representative" / "of Georgia" as one, "Co-Chair"
	 * / "Permanent Representative of Peru" with a comma).
	 */
	private Map<String, String> writtenTitles(String letter) {
		var titles = new LinkedHashMap<String, String>();
		var blocks = signatureBlocks(letter);
		if (blocks.isEmpty()) {
			return titles;
		}
		var lines = columnsOneAfterTheOther(unrun(afterClosing(letter))).split("\n");
		for (var block : blocks) {
			for (int i = 0; i < lines.length; i++) {
				var line = withoutSignedMark(lines[i]);
				int at = line.indexOf(block.name());
				if (at < 0) {
					continue;
				}
				var title = new StringBuilder();
				var rest = LEADING_PUNCTUATION.matcher(line.substring(at + block.name().length())).replaceFirst("");
				if (!rest.isBlank() && !AND_ANOTHER.matcher(rest).matches()) {
					title.append(rest.strip());
				}
				for (int j = i + 1; j < lines.length && title.length() < LONGEST_TITLE; j++) {
					var next = lines[j].strip();
					if (next.isEmpty()) {
						if (title.length() > 0) {
							break;
						}
						continue;
					}
					if (blocks.stream().anyMatch((b) -> next.contains(b.name())) || ADDRESSEE.matcher(next).find()
							|| ADDRESSEE_LINE.matcher(next).lookingAt() || next.equalsIgnoreCase("New York")
							|| IMAGE_DESCRIPTION.matcher(next).find()) {
						break;
					}
					var continues = title.length() > 0 && (Character.isLowerCase(next.charAt(0))
							|| CONTINUED.matcher(title).find() || endsWith(title, "Permanent"));
					title.append(title.length() == 0 ? "" : continues ? " " : ", ").append(next);
				}
				if (title.length() > 0 && title.length() <= LONGEST_TITLE) {
					titles.put(block.name(), title.toString());
				}
				break;
			}
		}
		return titles;
	}

	private static final Pattern SECURITY_COUNCIL_REFORM = Pattern.compile(
			"Security Council reform|intergovernmental negotiations?\\s*\\(IGN\\)|\\bIGN\\b|membership of the Security Council",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MIGRATION_COMPACT = Pattern
		.compile("Global Compact for (?:Safe, Orderly and Regular )?Migration", Pattern.CASE_INSENSITIVE);

	private static final Pattern REFUGEES_COMPACT = Pattern.compile("Global Compact on Refugees",
			Pattern.CASE_INSENSITIVE);

	static final Pattern PROCESS_ON = Pattern
		.compile("\\b(?:negotiations|consultations|process)\\s+on\\s+(?:the\\s+)?([A-Z][^,.;:\\n]{5,100})");

	/**
	 * Whether {@link #SECURITY_COUNCIL_REFORM} stands in a text: tried only around the
	 * words each of its forms holds ("Security Council", "IGN" as a word), not at every
	 * character of the letter.
	 */
	private static boolean aboutCouncilReform(String text) {
		var low = lower(text);
		var m = SECURITY_COUNCIL_REFORM.matcher(text).useTransparentBounds(true);
		for (var word : List.of("security council", "ign")) {
			for (int at = low.indexOf(word); at >= 0; at = low.indexOf(word, at + 1)) {
				if (word.equals("ign") && (!startsAWord(low, at)
						|| at + 3 < low.length() && Character.isLetterOrDigit(low.charAt(at + 3)))) {
					continue;
				}
				if (m
					.region(Math.max(0, at - COUNCIL_REFORM_AROUND),
							Math.min(text.length(), at + COUNCIL_REFORM_AROUND))
					.find()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * How far around its word a form of {@link #SECURITY_COUNCIL_REFORM} may reach
	 * ("membership of the" before "Security Council", "intergovernmental negotiations ("
	 * before "IGN").
	 */
	private static final int COUNCIL_REFORM_AROUND = 60;

	private static @Nullable String process(String text) {
		if ((text.contains("IGN") || text.contains("ecurity Council") || text.contains("ECURITY COUNCIL"))
				&& aboutCouncilReform(text)) {
			return "Intergovernmental Negotiations on Security Council reform";
		}
		// Both compacts only where their words are (in any case): the patterns are not
		// tried at every character of the letter.
		var compact = lower(text).contains("global compact ");
		if (compact && MIGRATION_COMPACT.matcher(text).find()) {
			return "Global Compact for Safe, Orderly and Regular Migration";
		}
		if (compact && REFUGEES_COMPACT.matcher(text).find()) {
			return "Global Compact on Refugees";
		}
		var m = PROCESS_ON.matcher(text);
		return findAtWord(m, text, 0) ? m.group(1).trim() : null;
	}

	private static Extraction.References references(String text, @Nullable LocalDate fileDate) {
		var decisions = new LinkedHashSet<String>();
		for (var window : around(text, "ecision", 2, 200)) {
			var d = DECISIONS.matcher(window);
			while (d.find()) {
				symbols(d.group(1), decisions);
			}
		}
		var resolutions = new LinkedHashSet<String>();
		var windows = new ArrayList<>(around(text, "esolution", 2, 200));
		windows.addAll(around(text, "/RES/", 3, 20));
		for (var window : windows) {
			var r = RESOLUTIONS.matcher(window);
			while (r.find()) {
				symbols(r.group(1) != null ? r.group(1) : r.group(2), resolutions);
			}
		}
		for (var window : windows) {
			var named = RESOLUTION_NAMED_THEN_SYMBOL.matcher(window);
			while (window.indexOf('(') >= 0 && named.find()) {
				resolutions.add(named.group(1));
			}
		}
		// OCR's "decision 621557" (the slash read as a 1) and "A/Rl3S/60/1".
		for (var window : around(text, "ecision", 2, 40)) {
			var o = OCR_SYMBOL.matcher(window);
			while (o.find()) {
				if (o.group(1).equalsIgnoreCase("decision")) {
					decisions.add(o.group(2) + "/" + o.group(3));
				}
			}
		}
		for (var window : around(text, "esolution", 2, 40)) {
			var o = OCR_SYMBOL.matcher(window);
			while (o.find()) {
				if (o.group(1).equalsIgnoreCase("resolution")) {
					resolutions.add(o.group(2) + "/" + o.group(3));
				}
			}
		}
		for (var window : around(text, "A/R", 0, 20)) {
			var o = OCR_RES.matcher(window);
			if (o.lookingAt()) {
				resolutions.add(o.group(1));
			}
		}
		var letters = new LinkedHashSet<LocalDate>();
		var low = lower(text);
		var l = LETTER_REFERENCE.matcher(low);
		// At each "letter" standing as a word: the pattern from there, not tried at every
		// character.
		for (int at = low.indexOf("letter"); at >= 0; at = low.indexOf("letter", at + 6)) {
			if (!startsAWord(low, at) || !l.region(at, low.length()).lookingAt()) {
				continue;
			}
			var after = text.substring(l.end(), Math.min(text.length(), l.end() + 60));
			var mentions = DateReader.mentions(after);
			if (!mentions.isEmpty() && mentions.get(0).start() == 0) {
				for (var day : mentions.get(0).days()) {
					var date = DateReader.resolve(day, fileDate);
					if (date != null) {
						letters.add(date);
					}
				}
			}
		}
		return new Extraction.References(List.copyOf(decisions), List.copyOf(resolutions), List.copyOf(letters));
	}

	/**
	 * The pieces of text around each place a word occurs (case as written, and
	 * capitalized): where a pattern that needs that word can match, so that it is not
	 * tried over the whole letter.
	 */
	static List<String> around(String text, String word, int before, int after) {
		var capitalized = Character.toUpperCase(word.charAt(0)) + word.substring(1);
		var places = new java.util.TreeSet<Integer>();
		for (var form : new LinkedHashSet<>(List.of(word, capitalized, word.toUpperCase(Locale.ROOT)))) {
			for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
				places.add(i);
			}
		}
		var pieces = new ArrayList<String>();
		int last = -1;
		for (int i : places) {
			int from = Math.max(0, i - before);
			if (from <= last) {
				continue;
			}
			int to = Math.min(text.length(), i + word.length() + after);
			pieces.add(text.substring(from, to));
			last = to;
		}
		return pieces;
	}

	private static void symbols(@Nullable String written, java.util.Set<String> into) {
		if (written == null) {
			return;
		}
		var m = SYMBOL.matcher(written);
		while (m.find()) {
			into.add(WHITESPACE.matcher(m.group(1)).replaceAll(" ").trim());
		}
	}

	private static Extraction.@Nullable Rules rules(String text) {
		var windows = around(text, "minute", 40, 30);
		if (windows.isEmpty()) {
			return null;
		}
		var m = TIME_LIMIT.matcher(String.join(" \n ", windows));
		if (!m.find()) {
			return null;
		}
		var written = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
		var minutes = NUMBERS.containsKey(written) ? NUMBERS.get(written) : Integer.valueOf(written);
		return new Extraction.Rules(minutes);
	}

	// --- Text helpers -------------------------------------------------------------

	/** A full stop that ends an abbreviation, not a sentence. */
	private static final Pattern ABBREVIATION = Pattern
		.compile("\\b(?:H\\.E|RE|Mr|Ms|Mrs|Dr|No|St|Prof|Amb|[ap]\\.m|U\\.N|U\\.S|e\\.g|i\\.e|[A-Z])\\.$");

	/**
	 * Where the sentence that a full stop, question or exclamation mark ends ends (after
	 * the mark), from a position on; -1 when none does: the mark is followed by spaces on
	 * the same line and a capital, a parenthesis or a quotation mark.
	 */
	private static int sentenceEnd(String text, int from) {
		int length = text.length();
		for (int i = from; i < length; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			int j = i + 1;
			while (j < length && " \t\u000B\f\r".indexOf(text.charAt(j)) >= 0) {
				j++;
			}
			if (j > i + 1 && j < length) {
				char next = text.charAt(j);
				if (Character.isUpperCase(next) || next == '(' || next == '"' || next == '\'') {
					return i + 1;
				}
			}
		}
		return -1;
	}

	/**
	 * The paragraphs of a text, each as its lines: blank lines part them, except inside a
	 * sentence (see {@link #continuesASentence}). (A pattern of a line break, spaces and
	 * a line break backtracked over every run of blank lines.)
	 */
	static List<List<String>> paragraphs(String text) {
		var paragraphs = new ArrayList<List<String>>();
		var current = new ArrayList<String>();
		boolean blank = false;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			var line = text.substring(start, end);
			if (line.isBlank()) {
				blank = true;
			}
			else {
				if (blank && !current.isEmpty() && !continuesASentence(current.get(current.size() - 1), line)) {
					paragraphs.add(current);
					current = new ArrayList<>();
				}
				blank = false;
				current.add(line);
			}
			start = end + 1;
		}
		if (!current.isEmpty()) {
			paragraphs.add(current);
		}
		return paragraphs;
	}

	/**
	 * Whether a line after a blank one goes on with the sentence before it: the line
	 * before ends with a lower-case word and this one starts with a lower-case letter
	 * ("the next meetings will" / "be held on 4 and 5 February"). OCR parts the lines of
	 * one paragraph by blank lines where the page's leading is wide, and a verb cut from
	 * its date would leave the meeting unread.
	 */
	static boolean continuesASentence(String before, String line) {
		int last = before.length() - 1;
		while (last >= 0 && Character.isWhitespace(before.charAt(last))) {
			last--;
		}
		int first = 0;
		while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
			first++;
		}
		return last >= 0 && first < line.length() && Character.isLowerCase(before.charAt(last))
				&& Character.isLowerCase(line.charAt(first));
	}

	/** A word a line broken in the middle of a phrase ends with. */
	private static final Pattern OPEN_ENDING = Pattern
		.compile("(?i)(?:[,;(/&-]|\\b(?:the|of|and|or|with|to|for|in|on|at|by|a|an|from|its|their|our))$");

	/**
	 * Whether a line after a list's item starts the prose after the list rather than
	 * carrying the item on: it starts with a capital, and the item ends on a whole phrase
	 * ("- 15-16 Jan Hearings with civil society" / "Regional consultations will…"), not
	 * on "with the", a comma or a hyphen, short of the text's widest line.
	 */
	private static boolean endsAListItem(String item, String line, int widest) {
		// A line as wide as the text's widest is a paragraph wrapped where the page
		// ended ("1. … of the General" / "Assembly will …"), not a list's short item.
		return !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && BULLET.matcher(item).lookingAt()
				&& !OPEN_ENDING.matcher(item).find() && item.length() < widest * 0.85;
	}

	/** "2.", "(b)", "iv.": the number or letter of a list's item, not a sentence. */
	private static final Pattern LIST_NUMBER = Pattern.compile("\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]");

	/** Whether the text from {@code from} to {@code end} is only a list item's number. */
	private static boolean isListNumber(String text, int from, int end) {
		while (from < end && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		return end - from <= 6 && LIST_NUMBER.matcher(text).region(from, end).matches();
	}

	/** Sentences, with line breaks inside paragraphs joined and table lines left out. */
	static List<String> sentences(String text) {
		return SENTENCES.of(text);
	}

	/** The last text cut into sentences on this thread, and its sentences. */
	private static final LastOnThread<List<String>> SENTENCES = new LastOnThread<>(LetterExtractor::sentencesNow);

	private static List<String> sentencesNow(String text) {
		var sentences = new ArrayList<String>();
		var paragraphs = paragraphs(text);
		int widest = 0;
		for (var paragraph : paragraphs) {
			for (var line : paragraph) {
				widest = Math.max(widest, line.length());
			}
		}
		for (var paragraph : paragraphs) {
			// Lines are joined into sentences, except after a colon and before a bullet,
			// where a list begins, and after a list's item where a capital starts the
			// prose that follows the list.
			var builder = new StringBuilder();
			var previous = "";
			for (var raw : paragraph) {
				var line = raw.trim();
				if (raw.contains("\t") || line.startsWith("|")) {
					continue;
				}
				if (!builder.isEmpty()) {
					builder.append(builder.charAt(builder.length() - 1) == ':' || BULLET.matcher(line).lookingAt()
							|| endsAListItem(previous, line, widest) ? '\n' : ' ');
				}
				builder.append(line);
				previous = line;
			}
			var joined = builder.toString();
			int start = 0;
			for (int end = sentenceEnd(joined, 0); end >= 0; end = sentenceEnd(joined, end)) {
				var before = joined.substring(Math.max(0, end - 7), end);
				if (ABBREVIATION.matcher(before).find()
						|| isListNumber(joined, Math.max(start, joined.lastIndexOf('\n', end - 1) + 1), end)) {
					continue;
				}
				sentences.add(joined.substring(start, end).trim());
				start = end;
			}
			if (start < joined.length()) {
				sentences.add(joined.substring(start).trim());
			}
		}
		var lines = new ArrayList<String>(sentences.size() + 8);
		for (var sentence : sentences) {
			int from = 0;
			for (int end = nextLineBreak(sentence, 0); from <= sentence.length(); end = nextLineBreak(sentence, from)) {
				for (var piece : pieces(sentence.substring(from, end))) {
					var trimmed = piece.trim();
					if (!trimmed.isBlank()) {
						lines.add(trimmed);
					}
				}
				from = end + 1;
			}
		}
		return List.copyOf(lines);
	}

	/**
	 * Where the next line break (or a NUL, which stands for one) is, from a position on;
	 * the text's length where none is.
	 */
	private static int nextLineBreak(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\u0000') {
				return i;
			}
		}
		return text.length();
	}

	/**
	 * The longest sentence read as one. A sentence's dates, times and rooms are paired
	 * with one another, which costs the square of their number: text that runs on without
	 * a full stop (a letter whose line breaks and stops were lost) is read in pieces of
	 * at most this length, cut between words, so that reading stays linear in the length
	 * of the letter.
	 */
	static final int LONGEST_SENTENCE = 2_000;

	private static List<String> pieces(String sentence) {
		if (sentence.length() <= LONGEST_SENTENCE) {
			return List.of(sentence);
		}
		var pieces = new ArrayList<String>();
		int from = 0;
		while (sentence.length() - from > LONGEST_SENTENCE) {
			int cut = sentence.lastIndexOf(' ', from + LONGEST_SENTENCE);
			if (cut <= from + LONGEST_SENTENCE / 2) {
				cut = from + LONGEST_SENTENCE;
			}
			pieces.add(sentence.substring(from, cut));
			from = cut;
		}
		pieces.add(sentence.substring(from));
		return pieces;
	}

	private static String lastLines(String text, int count) {
		var lines = text.strip().split("\n");
		var from = Math.max(0, lines.length - count);
		return String.join("\n", List.of(lines).subList(from, lines.length));
	}

	private static @Nullable String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? WHITESPACE.matcher(m.group(1)).replaceAll(" ").trim() : null;
	}

	/**
	 * In the lower-case text, the last match that ends before a position, else the first
	 * after it; answered as the original text writes it.
	 */
	private static @Nullable String nearestBefore(Pattern pattern, String low, String original, int position) {
		var m = pattern.matcher(low);
		int start = -1;
		int end = -1;
		for (int from = 0; findAtWord(m, low, from); from = Math.max(m.end(), m.start() + 1)) {
			if (m.end() <= position || start < 0) {
				start = m.start(1);
				end = m.end(1);
			}
			if (m.end() > position) {
				break;
			}
		}
		return start < 0 ? null : WHITESPACE.matcher(original.substring(start, end)).replaceAll(" ").trim();
	}

	/**
	 * The first match in the lower-case text, answered as the original text writes it.
	 */
	private static @Nullable String findIn(Pattern pattern, String low, String original) {
		var m = pattern.matcher(low);
		return findAtWord(m, low, 0)
				? WHITESPACE.matcher(original.substring(m.start(1), m.end(1))).replaceAll(" ").trim() : null;
	}

	/**
	 * Lower case, one character for one, so that what a pattern finds in it stands at the
	 * same place in the text. The patterns that run on every sentence are written in
	 * lower case and run on this: a case-insensitive alternation of words was most of the
	 * extractor's time.
	 */
	static String lower(String text) {
		return LOWERED.of(text);
	}

	/**
	 * The last text lowered on this thread, and its lower case: the whole letter is
	 * lowered by several readers in turn.
	 */
	private static final LastOnThread<String> LOWERED = new LastOnThread<>(LetterExtractor::lowerNow);

	private static String lowerNow(String text) {
		int length = text.length();
		int latin = 0;
		while (latin < length && text.charAt(latin) < 256) {
			latin++;
		}
		if (latin == length) {
			// Latin-1 only: one byte a character, lowered by a table (the same as
			// Character.toLowerCase).
			var bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = LATIN_1_LOWER[bytes[i] & 0xff];
			}
			return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		var chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c < 128) {
				if (c >= 'A' && c <= 'Z') {
					chars[i] = (char) (c + ('a' - 'A'));
				}
			}
			else {
				chars[i] = Character.toLowerCase(c);
			}
		}
		return new String(chars);
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static int lastMatch(Pattern pattern, String text) {
		var m = pattern.matcher(text);
		int last = -1;
		for (int from = 0; findAtWord(m, text, from); from = Math.max(m.end(), m.start() + 1)) {
			last = m.start();
		}
		return last;
	}

	/**
	 * Whether a pattern that starts at a word ({@code \\b(?:will be held|…)}) matches, as
	 * {@link Matcher#find()} would, from a position on: tried only where a word starts. A
	 * pattern starting with a word boundary and an alternation is otherwise tried, and
	 * its boundary checked, at every character — most of the extractor's time.
	 */
	static boolean findAtWord(Matcher m, String text, int from) {
		return findAtWord(m.pattern(), m, text, from);
	}

	/**
	 * The same, with the matcher made only where a word might match: most texts have
	 * none, and a matcher of a pattern with many groups costs more than looking.
	 */
	private static boolean findAtWord(Pattern pattern, @Nullable Matcher matcher, String text, int from) {
		var starts = WORD_STARTS_OF.computeIfAbsent(pattern, (p) -> StartsOf.read(p.pattern()));
		int length = text.length();
		var words = wordStarts(text);
		var m = matcher;
		if (m != null) {
			m.useTransparentBounds(true);
		}
		// Where the text's words were read with this pattern's bit, only the words whose
		// first two letters it may start with, and none at all in a text without one;
		// otherwise each word's first two letters are looked at here.
		boolean masked = starts.bit >= 0 && starts.bit < words.patterns;
		long bit = masked ? 1L << starts.bit : 0;
		if (masked && (words.any & bit) == 0) {
			return false;
		}
		for (int w = firstAtOrAfter(words.starts, from); w < words.starts.length; w++) {
			int i = words.starts[w];
			boolean may = masked ? (words.masks[w] & bit) != 0 : mayStartAt(starts.firstTwo, text, i);
			if (may && startsALiteral(starts.literals, text, i)) {
				if (m == null) {
					m = pattern.matcher(text).useTransparentBounds(true);
				}
				if (m.region(i, length).lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a word pattern may start at a word by its first two characters; any
	 * character beyond ASCII might.
	 */
	private static boolean mayStartAt(boolean[] firstTwo, String text, int i) {
		char c = text.charAt(i);
		return c >= 128 || mayStart(firstTwo, c, i + 1 < text.length() ? text.charAt(i + 1) : ' ');
	}

	/**
	 * What a word pattern's alternatives can start with: their first two letters, and the
	 * words each is written out with before anything but a letter ("will be held",
	 * "meeting" of "meetings?", "held on" after a lookbehind), by its first character in
	 * lower case; none when an alternative starts otherwise.
	 */
	record StartsOf(boolean[] firstTwo, String @Nullable [][] literals, int bit) {

		static StartsOf read(String regex) {
			return of(firstCharacters(regex), literalStarts(regex));
		}

		/** The starts of a pattern, which takes the next bit of the words' masks. */
		static StartsOf of(boolean[] firstTwo, String @Nullable [][] literals) {
			return new StartsOf(firstTwo, literals, FirstTwoMasks.register(firstTwo));
		}

	}

	/**
	 * For each first character, and each pair of first two characters, of a word: the
	 * bits of the word patterns ({@link StartsOf}, the first 64) that may start there.
	 * Read into each text's word starts once, so that a pattern is tried only at the
	 * words it may start, and not at all in a text without one: most sentences are asked
	 * for a dozen patterns, and have none of most.
	 */
	private record FirstTwoMasks(long[] first, long[] pair, int patterns) {

		private static volatile FirstTwoMasks current = new FirstTwoMasks(new long[128], new long[128 * 128], 0);

		/**
		 * Gives a pattern's first characters a bit, where one is left; -1 where none is.
		 */
		static synchronized int register(boolean[] firstTwo) {
			var masks = current;
			int bit = masks.patterns;
			if (bit >= Long.SIZE) {
				return -1;
			}
			var first = masks.first.clone();
			var pair = masks.pair.clone();
			for (int c = 0; c < 128; c++) {
				if (firstTwo[c]) {
					first[c] |= 1L << bit;
				}
			}
			for (int k = 0; k < 128 * 128; k++) {
				if (firstTwo[128 + k]) {
					pair[k] |= 1L << bit;
				}
			}
			current = new FirstTwoMasks(first, pair, bit + 1);
			return bit;
		}

		/**
		 * The bits of the patterns that may start a word with these two characters, as
		 * {@link #mayStart} has it; all of them at a character beyond ASCII.
		 */
		long of(char first, char second) {
			if (first >= 128) {
				return -1L;
			}
			return this.first[first] | (second < 128 ? this.pair[first * 128 + second] : 0);
		}

	}

	/**
	 * Where a text's words start, the bits of the patterns that may start at each, all of
	 * those bits together, and how many patterns had bits when they were read (a pattern
	 * first met later is tried at every word).
	 */
	private record WordStarts(int[] starts, long[] masks, long any, int patterns) {
	}

	/**
	 * Whether one of a pattern's written-out starts stands at a position, whatever the
	 * case (a pattern that cares for case matches no more than that); any character
	 * beyond ASCII might match, and is left to the pattern.
	 */
	static boolean startsALiteral(String @Nullable [][] literals, String text, int at) {
		if (literals == null) {
			return true;
		}
		char first = text.charAt(at);
		if (first >= 128) {
			return true;
		}
		var candidates = literals[lowerAscii(first)];
		if (candidates == null) {
			return false;
		}
		int length = text.length();
		for (var literal : candidates) {
			if (at + literal.length() > length) {
				continue;
			}
			int k = 1;
			for (; k < literal.length(); k++) {
				char c = text.charAt(at + k);
				if (c < 128 && lowerAscii(c) != literal.charAt(k)) {
					break;
				}
			}
			if (k == literal.length()) {
				return true;
			}
		}
		return false;
	}

	private static char lowerAscii(char c) {
		return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
	}

	/**
	 * The written-out starts of a pattern {@code \\b(?:will be held|took place|…)} or
	 * {@code \\bthe chairs\\b}, in lower case and by their first character: the letters,
	 * digits, spaces and hyphens each alternative starts with, up to the first other
	 * character of the pattern (a letter a quantifier follows is left out); null when one
	 * alternative starts with anything else, or the pattern is not so simple.
	 */
	static String @Nullable [][] literalStarts(String regex) {
		var starts = new ArrayList<String>();
		if (regex.startsWith("(?i:")) {
			// Tried at words only, like the others: "(?i:co-?chairs|ambassadors)".
			if (!startsOfGroup(regex, 4, starts)) {
				return null;
			}
		}
		else if (!regex.startsWith("\\b")) {
			return null;
		}
		else if (regex.startsWith("\\b(")) {
			int open = regex.startsWith("\\b(?:") ? 5 : regex.startsWith("\\b(?") ? -1 : 3;
			if (open < 0 || !startsOfGroup(regex, open, starts)) {
				return null;
			}
		}
		else {
			int depth = 0;
			for (int k = 2; k < regex.length(); k++) {
				char c = regex.charAt(k);
				if (c == '\\') {
					k++;
				}
				else if (c == '(') {
					depth++;
				}
				else if (c == ')') {
					depth--;
				}
				else if (c == '|' && depth == 0 || c == '[') {
					// An alternation outside a group, or a class that might hold one.
					return null;
				}
			}
			if (!literalsAt(regex, 2, starts)) {
				return null;
			}
		}
		return byFirstCharacter(starts);
	}

	/**
	 * Written-out starts by their first character; a start another one begins is left out
	 * ("meeting" covers "meetings").
	 */
	private static String[][] byFirstCharacter(List<String> starts) {
		var byFirst = new String[128][];
		for (var start : new LinkedHashSet<>(starts)) {
			if (starts.stream().anyMatch((other) -> other.length() < start.length() && start.startsWith(other))) {
				continue;
			}
			char first = start.charAt(0);
			var those = byFirst[first] == null ? new String[0] : byFirst[first];
			var more = java.util.Arrays.copyOf(those, those.length + 1);
			more[those.length] = start;
			byFirst[first] = more;
		}
		return byFirst;
	}

	/**
	 * The written-out starts of each alternative of the group whose content begins at a
	 * position, added to a list: an alternative starting with a group of its own
	 * ("(?:originally|previously) scheduled") starts as that group's alternatives do.
	 * False when one starts otherwise, or when the group may be left out.
	 */
	private static boolean startsOfGroup(String regex, int from, List<String> starts) {
		int depth = 0;
		int alternative = from;
		for (int i = from; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if ((c == '|' || c == ')') && depth == 0) {
				if (regex.startsWith("(?:", alternative)) {
					if (!startsOfGroup(regex, alternative + 3, starts)) {
						return false;
					}
				}
				else {
					if (!literalsAt(regex, alternative, starts)) {
						return false;
					}
				}
				alternative = i + 1;
				if (c == ')') {
					var next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
					return next != '?' && next != '*' && next != '{';
				}
			}
		}
		return false;
	}

	/**
	 * The letters, digits, spaces and hyphens an alternative starting at a position is
	 * written out with, lowered, added to a list; a lookbehind before them is skipped,
	 * and a letter a "?" follows is read both with and without ("co-?chairs" starts with
	 * "cochairs" or "co-chairs"). False when one of them is empty.
	 */
	private static boolean literalsAt(String regex, int at, List<String> starts) {
		int i = at;
		while (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
			int close = closing(regex, i);
			if (close < 0) {
				return false;
			}
			i = close + 1;
		}
		return literalsFrom(regex, i, "", starts);
	}

	private static boolean literalsFrom(String regex, int from, String before, List<String> starts) {
		var written = new StringBuilder(before);
		for (int i = from; i < regex.length() && isLiteral(regex.charAt(i)); i++) {
			char c = Character.toLowerCase(regex.charAt(i));
			char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
			if (next == '?' && (i + 2 >= regex.length() || regex.charAt(i + 2) != '?') && starts.size() < 32) {
				return literalsFrom(regex, i + 2, written.toString() + c, starts)
						&& literalsFrom(regex, i + 2, written.toString(), starts);
			}
			if (next == '?' || next == '*' || next == '{') {
				// The letter may be missing.
				break;
			}
			written.append(c);
			if (next == '+') {
				break;
			}
		}
		if (written.isEmpty()) {
			return false;
		}
		starts.add(written.toString());
		return true;
	}

	private static boolean isLiteral(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == '-');
	}

	/**
	 * Whether a pattern's alternatives start with these two characters, where they start
	 * with two letters ("will be held", "took place"): fewer words tried than by their
	 * first letter alone.
	 */
	static boolean mayStart(boolean[] starts, char first, char second) {
		return starts[first] || second < 128 && starts[128 + first * 128 + second];
	}

	/** The last text whose word starts were found, on this thread, and where they are. */
	private static final LastOnThread<WordStarts> WORD_STARTS = new LastOnThread<>(LetterExtractor::wordStartsNow);

	/**
	 * Where the words of a text start, found once for the several patterns tried on the
	 * same sentence.
	 */
	private static WordStarts wordStarts(String text) {
		return WORD_STARTS.of(text);
	}

	private static WordStarts wordStartsNow(String text) {
		var masks = FirstTwoMasks.current;
		int length = text.length();
		// At most one word starts in every two characters; the scratch holds a start
		// for each character, so that each is written without a branch (a word's start
		// is kept by counting it): words and spaces alternate too often to be guessed.
		var scratch = WORD_SCRATCH.get();
		if (scratch.length <= length) {
			scratch = new int[Math.max(length + 1, scratch.length * 2)];
			// A long file's is not kept: each reading thread would hold it for good.
			if (scratch.length <= MOST_KEPT_SCRATCH) {
				WORD_SCRATCH.set(scratch);
			}
		}
		int count = 0;
		int before = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int word = (c < 128) ? ASCII_WORD_BIT[c] : Character.isLetterOrDigit(c) ? 1 : 0;
			scratch[count] = i;
			count += word & ~before;
			before = word;
		}
		var starts = java.util.Arrays.copyOf(scratch, count);
		// The masks once the words are counted: sized to them, not to the text.
		var bits = new long[count];
		long any = 0;
		for (int w = 0; w < count; w++) {
			int i = starts[w];
			bits[w] = masks.of(text.charAt(i), i + 1 < length ? text.charAt(i + 1) : ' ');
			any |= bits[w];
		}
		return new WordStarts(starts, bits, any, masks.patterns());
	}

	/**
	 * Where a text's words may start, before they are counted: one for each character.
	 */
	private static final ThreadLocal<int[]> WORD_SCRATCH = ThreadLocal.withInitial(() -> new int[1024]);

	/** The longest scratch a thread keeps: a letter of some 64,000 characters. */
	private static final int MOST_KEPT_SCRATCH = 1 << 16;

	/**
	 * What a reading gave for the last few texts it was asked about on this thread:
	 * readers in turn ask about the same texts (the same strings, not equal ones), and
	 * each is read once. The last few letters are kept apart from the last few sentences:
	 * between two readers of the whole letter come dozens of sentences, and with one
	 * place for both the letter was lowered five times.
	 */
	private static final class LastOnThread<T> {

		/** How many texts of each kind are remembered on each thread. */
		private static final int KEPT = 4;

		/** Texts longer than this are letters (or long pieces), kept apart. */
		private static final int SENTENCE = 400;

		private final ThreadLocal<Kept[]> kept = ThreadLocal.withInitial(() -> new Kept[] { new Kept(), new Kept() });

		private final java.util.function.Function<String, T> reading;

		LastOnThread(java.util.function.Function<String, T> reading) {
			this.reading = reading;
		}

		@SuppressWarnings("unchecked")
		T of(String text) {
			var kept = this.kept.get()[(text.length() > SENTENCE) ? 1 : 0];
			for (int i = 0; i < KEPT; i++) {
				if (kept.texts[i] == text) {
					return (T) kept.readings[i];
				}
			}
			// The oldest is forgotten.
			var read = this.reading.apply(text);
			kept.texts[kept.next] = text;
			kept.readings[kept.next] = read;
			kept.next = (kept.next + 1) % KEPT;
			return read;
		}

		private static final class Kept {

			final String[] texts = new String[KEPT];

			final Object[] readings = new Object[KEPT];

			int next;

		}

	}

	private static int firstAtOrAfter(int[] starts, int from) {
		if (from == 0) {
			return 0;
		}
		int at = java.util.Arrays.binarySearch(starts, from);
		return at >= 0 ? at : -at - 1;
	}

	private static final java.util.concurrent.ConcurrentHashMap<Pattern, StartsOf> WORD_STARTS_OF = new java.util.concurrent.ConcurrentHashMap<>();

	static {
		// A format starts with an ordinal ("first", "2nd", "next"), "formal" or
		// "informal", the kind of work ("drafting", "substantive"), "ign", or its noun:
		// more than the reading of alternatives sees.
		// Their
		// first two letters, or a digit.
		var format = new boolean[128 + 128 * 128];
		for (var c : "0123456789".toCharArray()) {
			format[c] = true;
		}
		for (var two : List.of("fi", "se", "th", "fo", "si", "ei", "ni", "te", "ne", "in", "ig", "pl", "me", "ro", "co",
				"br", "dr", "su", "pr", "or")) {
			for (char one : new char[] { two.charAt(0), Character.toUpperCase(two.charAt(0)) }) {
				for (char second : new char[] { two.charAt(1), Character.toUpperCase(two.charAt(1)) }) {
					format[128 + one * 128 + second] = true;
				}
			}
		}
		var formatStarts = new ArrayList<>(List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
				"eighth", "ninth", "tenth", "next", "formal", "informal", "ign", "plenary", "meeting", "session",
				"round", "consultations", "thematic", "briefing", "drafting", "negotiating", "substantive",
				"preparatory", "organizational", "organisational", "interactive"));
		for (var digit : "0123456789".toCharArray()) {
			formatStarts.add(String.valueOf(digit));
		}
		WORD_STARTS_OF.put(FORMAT, StartsOf.of(format, byFirstCharacter(formatStarts)));
	}

	/**
	 * The characters a pattern {@code \\b(?:will be held|took place|…)} can start with,
	 * read from its alternatives (a lookbehind before one is skipped); every character
	 * when the pattern is not so simple.
	 */
	static boolean[] firstCharacters(String regex) {
		var all = new boolean[128 + 128 * 128];
		java.util.Arrays.fill(all, 0, 128, true);
		if (regex.startsWith("(\\p{Lu}") || regex.startsWith("\\p{Lu}")) {
			// A name ("Ana Pérez, Permanent Representative of"): the words with a
			// capital.
			var capitals = new boolean[128 + 128 * 128];
			java.util.Arrays.fill(capitals, 'A', 'Z' + 1, true);
			return capitals;
		}
		if (regex.length() > 4 && regex.startsWith("\\b") && Character.isLetter(regex.charAt(2))
				&& regex.charAt(2) < 128 && Character.isLetter(regex.charAt(3)) && regex.charAt(3) < 128
				&& "?*{+".indexOf(regex.charAt(4)) < 0) {
			// "\\bthe chairs\\b": the words starting with its two first letters.
			var first = new boolean[128 + 128 * 128];
			for (char one : new char[] { regex.charAt(2), Character.toUpperCase(regex.charAt(2)) }) {
				for (char two : new char[] { regex.charAt(3), Character.toUpperCase(regex.charAt(3)) }) {
					first[128 + one * 128 + two] = true;
				}
			}
			return first;
		}
		if (regex.length() > 2 && regex.startsWith("\\b") && Character.isLetter(regex.charAt(2))
				&& regex.charAt(2) < 128 && (regex.length() == 3 || "?*{".indexOf(regex.charAt(3)) < 0)) {
			var first = new boolean[128 + 128 * 128];
			first[regex.charAt(2)] = true;
			first[Character.toUpperCase(regex.charAt(2))] = true;
			return first;
		}
		if (!regex.startsWith("\\b(")) {
			return all;
		}
		var firsts = new boolean[128 + 128 * 128];
		int i = regex.startsWith("?:", 3) ? 5 : 3;
		int depth = 0;
		boolean atStart = true;
		for (; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (atStart) {
				if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
					i = closing(regex, i);
					if (i < 0) {
						return all;
					}
					continue;
				}
				if (c < 128 && Character.isLetterOrDigit(c)) {
					char second = i + 1 < regex.length() ? regex.charAt(i + 1) : '|';
					char after = i + 2 < regex.length() ? regex.charAt(i + 2) : '|';
					if ("?*{+".indexOf(second) >= 0) {
						return all;
					}
					if (second < 128 && (Character.isLetterOrDigit(second) || second == ' ' || second == '-')
							&& "?*{+".indexOf(after) < 0) {
						for (char one : new char[] { c, Character.toUpperCase(c) }) {
							for (char two : new char[] { second, Character.toUpperCase(second) }) {
								firsts[128 + one * 128 + two] = true;
							}
						}
					}
					else {
						firsts[c] = true;
						firsts[Character.toUpperCase(c)] = true;
					}
					atStart = false;
					continue;
				}
				return all;
			}
			if (c == '\\') {
				i++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth == 0) {
				var next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
				return next == '?' || next == '*' || next == '{' ? all : firsts;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				atStart = true;
			}
		}
		return all;
	}

	/** Where the group opened at a position closes, or -1. */
	private static int closing(String regex, int open) {
		int depth = 0;
		for (int i = open; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a pattern that starts at a word matches anywhere in the text. */
	static boolean findsAtWord(Pattern pattern, String text) {
		return findAtWord(pattern, null, text, 0);
	}

	/**
	 * A character a pattern's word boundary counts as a word's: a letter, a digit or "_".
	 */
	static boolean isWordCharacter(char c) {
		return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
	}

	/**
	 * A space as a pattern's {@code \s} has it (without UNICODE_CHARACTER_CLASS): the
	 * cheap look that stands for one before a pattern is tried.
	 */
	static boolean isPatternSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/**
	 * Whether a word may start at a position: the text's start, or no letter nor digit
	 * before it. The cheap look before a pattern that starts with a word boundary.
	 */
	static boolean startsAWord(CharSequence text, int at) {
		return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
	}

	/** Each Latin-1 character in lower case, as Character.toLowerCase has it. */
	private static final byte[] LATIN_1_LOWER = new byte[256];

	static {
		for (char c = 0; c < 256; c++) {
			LATIN_1_LOWER[c] = (byte) Character.toLowerCase(c);
		}
	}

	/** The ASCII characters of words: letters, digits and "_". */
	private static final boolean[] ASCII_WORD = new boolean[128];

	/** The same, as 1 or 0, to be counted without a branch. */
	private static final int[] ASCII_WORD_BIT = new int[128];

	static {
		for (char c = 0; c < 128; c++) {
			ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
			ASCII_WORD_BIT[c] = ASCII_WORD[c] ? 1 : 0;
		}
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.trim();
	}

}
