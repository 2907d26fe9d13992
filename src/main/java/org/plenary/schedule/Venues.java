package org.plenary.schedule;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.Role;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of rooms at Headquarters. Anyone reads it; the secretariat, the PGA office
 * and the administrator keep it.
 */
@Service
public class Venues {

	private final VenueRepository venues;

	private final AuditTrail audit;

	Venues(VenueRepository venues, AuditTrail audit) {
		this.venues = venues;
		this.audit = audit;
	}

	/** The rooms, in the order of their names with numbers counted: 2 before 10. */
	@Transactional(readOnly = true)
	public List<VenueView> venues() {
		return this.venues.findAllByOrderByNameAsc()
			.stream()
			.map(Venue::toView)
			.sorted(java.util.Comparator.comparing(VenueView::name, Venues::byNameWithNumbers))
			.toList();
	}

	/**
	 * Names compared as a person reads them: "Conference Room 2" before "Conference Room
	 * 10" (ICU's collation with numbers counted), case second.
	 */
	static int byNameWithNumbers(String a, String b) {
		return NAMES.compare(a, b);
	}

	private static final com.ibm.icu.text.Collator NAMES = namesCollator();

	private static com.ibm.icu.text.Collator namesCollator() {
		var collator = (com.ibm.icu.text.RuleBasedCollator) com.ibm.icu.text.Collator
			.getInstance(com.ibm.icu.util.ULocale.ROOT);
		collator.setNumericCollation(true);
		return collator.freeze();
	}

	@Transactional(readOnly = true)
	public VenueView venue(VenueId id) {
		return this.venues.findById(id.value()).map(Venue::toView).orElseThrow(() -> new VenueNotFound(id));
	}

	/**
	 * The room a letter means, however it writes it: "Trusteeship Council", "the
	 * Trusteeship Council Chamber", "CR 4", "Conf. Room 4", "ECOSOC Chamber".
	 */
	@Transactional(readOnly = true)
	public Optional<VenueView> find(String written) {
		var wanted = key(written);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		return this.venues.findAll()
			.stream()
			.filter((v) -> key(v.name()).equals(wanted) || v.aliases().stream().anyMatch((a) -> key(a).equals(wanted)))
			.findFirst()
			.map(Venue::toView);
	}

	/** Adds a room. Refuses all but who keeps rooms, and a name already used. */
	@Transactional
	public VenueView add(String name, String shortName, int capacity, boolean interpretation, @Nullable String aliases,
			Actor actor) {
		requireKeeper(actor);
		if (this.venues.existsByNameIgnoreCase(name.trim())) {
			throw new InvalidInput("name", "A room named %s exists already.".formatted(name.trim()),
					"refusal.schedule.roomExists", name.trim());
		}
		var venue = new Venue(name, shortName, capacity, interpretation, aliases);
		this.venues.save(venue);
		this.audit.record(actor, "venue.added", "venue " + venue.name(), capacity + " seats");
		return venue.toView();
	}

	/** Corrects a room's name, seats, interpretation and aliases. */
	@Transactional
	public VenueView describe(VenueId id, String name, String shortName, int capacity, boolean interpretation,
			@Nullable String aliases, long expectedVersion, Actor actor) {
		requireKeeper(actor);
		var venue = this.venues.findById(id.value()).orElseThrow(() -> new VenueNotFound(id));
		if (venue.toView().version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Room " + id + " was changed by someone else");
		}
		venue.describe(name, shortName, capacity, interpretation, aliases);
		this.audit.record(actor, "venue.described", "venue " + venue.name(), capacity + " seats");
		return venue.toView();
	}

	/**
	 * Who keeps the register of rooms: the secretariat of any process, the PGA office,
	 * the administrator.
	 */
	public static boolean keepsRooms(Actor actor) {
		return actor.keepsTheRegister() || actor.holds(Role.SECRETARIAT);
	}

	private static void requireKeeper(Actor actor) {
		if (!keepsRooms(actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.changeRooms", "change the register of rooms"));
		}
	}

	/**
	 * "the Trusteeship Council Chamber" → "trusteeship council"; "Conf. Rm 4", "CR4" →
	 * "conference room 4".
	 */
	static String key(String written) {
		var text = Normalizer.normalize(written, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9 ]", " ")
			.replaceAll("\\s+", " ")
			.trim();
		text = text.replaceAll("^the ", "")
			.replaceAll("\\bconf(erence)? (room|rm)\\b", "conference room")
			.replaceAll("\\bcr ?(\\d+)\\b", "conference room $1")
			.replaceAll("\\bchamber\\b", "")
			.replaceAll("\\beconomic and social council\\b", "ecosoc");
		return text.replaceAll("\\s+", " ").trim();
	}

}
