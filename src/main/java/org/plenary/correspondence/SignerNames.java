package org.plenary.correspondence;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.plenary.process.AppointmentsOfTheRegister;
import org.plenary.process.PresidentsOfTheRegister;

/**
 * The Presidents of the General Assembly the register knows, from its own migrations
 * ({@link PresidentsOfTheRegister}, the process module's door, as {@link CountryNames}
 * has the States from delegation's), so that the extractor, which touches no database,
 * writes a signer's name that OCR or capitals garbled ("Miroslav Lajcak", "Volkan
 * BOZKIR", "Mogens Lykketofi") as the register writes it, with the confidence
 * {@link KnownPeople} states; and the people earlier Presidents appointed, from the
 * register of earlier appointments ({@link AppointmentsOfTheRegister}), so that "Nevill
 * Gertze" is written "Neville Gertze". An import matches again against the live register,
 * the facilitators of its processes included.
 */
final class SignerNames {

	private static final List<PresidentsOfTheRegister.Term> TERMS = PresidentsOfTheRegister.terms();

	/**
	 * The Presidents, and the people earlier Presidents appointed
	 * ({@link AppointmentsOfTheRegister}), as people to match signers' names against.
	 */
	static final KnownPeople PEOPLE = KnownPeople.of(people());

	private SignerNames() {
	}

	private static List<KnownPeople.Person> people() {
		var people = new ArrayList<KnownPeople.Person>();
		var terms = new HashMap<Integer, PresidentsOfTheRegister.Term>();
		for (var term : TERMS) {
			terms.put(term.session(), term);
			people.add(KnownPeople.Person.president(term.session(), term.name(), term.opensOn(), term.closesOn()));
		}
		for (var appointment : AppointmentsOfTheRegister.appointments()) {
			var term = terms.get(appointment.session());
			people.add(KnownPeople.Person.appointed(appointment, term == null ? null : term.opensOn(),
					term == null ? null : term.closesOn()));
		}
		return people;
	}

	/**
	 * The President of the General Assembly on a day, as the register writes the name:
	 * the President of the last session opened by then; null before the register's first
	 * session or where its President is not recorded yet.
	 */
	static @Nullable String presidentOn(LocalDate day) {
		var term = presidentsTermOn(day);
		return term == null ? null : term.name();
	}

	/**
	 * The term of the President of the General Assembly on a day, as
	 * {@link #presidentOn}.
	 */
	static PresidentsOfTheRegister.@Nullable Term presidentsTermOn(LocalDate day) {
		PresidentsOfTheRegister.Term found = null;
		for (var term : TERMS) {
			if (term.opensOn().isAfter(day)) {
				break;
			}
			found = term;
		}
		// The session after the last recorded President's has opened: not known.
		return found == null || day.isAfter(KnownPeople.lastDay(found.opensOn(), found.closesOn())) ? null : found;
	}

	/**
	 * The senders, each matched against the register's Presidents and the people earlier
	 * Presidents appointed, on the letter's date (where it has one): a person of its
	 * session is in context.
	 */
	static List<Extraction.Sender> corrected(List<Extraction.Sender> senders, @Nullable LocalDate date) {
		return PEOPLE.matched(senders, null, date);
	}

	/** The register's spelling of a name it knows surely, or the name as written. */
	static String known(String written) {
		return PEOPLE.match(written, null, null)
			.filter(Extraction.Match::applied)
			.map(Extraction.Match::person)
			.orElse(written);
	}

	/**
	 * Whether two written names are one person's: the same words but for case, accents
	 * and one wrong letter in a long word ("Kaha Innadze" and "Kaha Imnadze").
	 */
	static boolean nearly(String a, String b) {
		return nearly(folded(a), folded(b));
	}

	/** The same, of two names folded ({@link #folded}). */
	static boolean nearly(String[] x, String[] y) {
		return x.length == y.length && sameWords(x, y);
	}

	private static boolean sameWords(String[] a, String[] b) {
		for (int i = 0; i < a.length; i++) {
			if (!a[i].equals(b[i]) && !(a[i].length() >= 5 && oneLetterApart(a[i], b[i]))) {
				return false;
			}
		}
		return true;
	}

	private static boolean oneLetterApart(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i) && ++differences > 1) {
				return false;
			}
		}
		return true;
	}

	/** Lower case, without accents; the dotless ı is an i. */
	static String[] folded(String name) {
		// ASCII has no accents to take off: the name is not decomposed.
		var decomposed = isAscii(name) ? name
				: MARK.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		return WORD_BREAK.split(decomposed.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l').trim());
	}

	private static final Pattern MARK = Pattern.compile("\\p{M}");

	private static final Pattern WORD_BREAK = Pattern.compile("[\\s.]+");

	private static boolean isAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

}
