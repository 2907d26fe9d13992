package org.plenary.positions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.plenary.system.InvalidValue;

/**
 * The seats of a Council, by category and region: what a reform model proposes, and
 * today's Council to compare it with. Immutable; refuses a Council without seats or
 * larger than the membership.
 */
public final class Composition {

	/** No region could hold more seats than there are Member States. */
	static final int MOST_SEATS = 193;

	/**
	 * Today's Council: the five permanent members of Article 23 (China in the
	 * Asia-Pacific Group, the Russian Federation in the Eastern European Group, France,
	 * the United Kingdom and the United States counted with the Western European and
	 * other States) and the ten elected members as resolution 1991 A (XVIII) distributes
	 * them (five from Africa and Asia — three African, two Asia-Pacific in practice — one
	 * Eastern European, two Latin American and Caribbean, two Western European and
	 * other).
	 */
	public static final Composition TODAY = of(
			List.of(new SeatCount(SeatCategory.PERMANENT, SeatRegion.ASIA_PACIFIC, 1),
					new SeatCount(SeatCategory.PERMANENT, SeatRegion.EASTERN_EUROPEAN, 1),
					new SeatCount(SeatCategory.PERMANENT, SeatRegion.WESTERN_EUROPEAN_AND_OTHERS, 3),
					new SeatCount(SeatCategory.NON_PERMANENT, SeatRegion.AFRICAN, 3),
					new SeatCount(SeatCategory.NON_PERMANENT, SeatRegion.ASIA_PACIFIC, 2),
					new SeatCount(SeatCategory.NON_PERMANENT, SeatRegion.EASTERN_EUROPEAN, 1),
					new SeatCount(SeatCategory.NON_PERMANENT, SeatRegion.LATIN_AMERICAN_AND_CARIBBEAN, 2),
					new SeatCount(SeatCategory.NON_PERMANENT, SeatRegion.WESTERN_EUROPEAN_AND_OTHERS, 2)));

	/** Today's permanent members, who hold the veto. */
	static final int TODAYS_PERMANENT_MEMBERS = 5;

	private final Map<SeatCategory, Map<SeatRegion, Integer>> seats;

	private Composition(Map<SeatCategory, Map<SeatRegion, Integer>> seats) {
		this.seats = seats;
	}

	/**
	 * The composition these counts make; a category and region given twice add up.
	 * Refuses a Council without seats, or with more seats than Member States.
	 */
	public static Composition of(Collection<SeatCount> counts) {
		var seats = new EnumMap<SeatCategory, Map<SeatRegion, Integer>>(SeatCategory.class);
		for (var category : SeatCategory.values()) {
			seats.put(category, new EnumMap<>(SeatRegion.class));
		}
		int size = 0;
		for (var count : counts) {
			if (count.seats() > 0) {
				seats.get(count.category()).merge(count.region(), count.seats(), Integer::sum);
			}
			size += count.seats();
		}
		if (size == 0) {
			throw new InvalidValue("A Council needs at least one seat.", "refusal.positions.atLeastOneSeat");
		}
		if (size > MOST_SEATS) {
			throw new InvalidValue("A Council of %d is larger than the membership of %d.".formatted(size, MOST_SEATS),
					"refusal.positions.councilTooLarge", size, MOST_SEATS);
		}
		seats.replaceAll((category, regions) -> Collections.unmodifiableMap(regions));
		return new Composition(Collections.unmodifiableMap(seats));
	}

	public int seats(SeatCategory category, SeatRegion region) {
		return this.seats.get(category).getOrDefault(region, 0);
	}

	public int seats(SeatCategory category) {
		return this.seats.get(category).values().stream().mapToInt(Integer::intValue).sum();
	}

	public int seats(SeatRegion region) {
		int sum = 0;
		for (var category : SeatCategory.values()) {
			sum += seats(category, region);
		}
		return sum;
	}

	/** The number of members of the Council. */
	public int size() {
		int sum = 0;
		for (var category : SeatCategory.values()) {
			sum += seats(category);
		}
		return sum;
	}

	/**
	 * Seats per region, every category together: the five regional groups always, the
	 * cross-regional seats where the model has them.
	 */
	public Map<SeatRegion, Integer> seatsByRegion() {
		var byRegion = new EnumMap<SeatRegion, Integer>(SeatRegion.class);
		for (var region : SeatRegion.values()) {
			int seats = seats(region);
			if (region.isRegionalGroup() || seats > 0) {
				byRegion.put(region, seats);
			}
		}
		return Collections.unmodifiableMap(byRegion);
	}

	/** Seats of this composition less those of another, per category and region. */
	public Map<SeatCategory, Map<SeatRegion, Integer>> minus(Composition other) {
		var change = new EnumMap<SeatCategory, Map<SeatRegion, Integer>>(SeatCategory.class);
		for (var category : SeatCategory.values()) {
			var regions = new EnumMap<SeatRegion, Integer>(SeatRegion.class);
			for (var region : SeatRegion.values()) {
				int delta = seats(category, region) - other.seats(category, region);
				if (delta != 0) {
					regions.put(region, delta);
				}
			}
			change.put(category, Collections.unmodifiableMap(regions));
		}
		return Collections.unmodifiableMap(change);
	}

	/** The non-zero counts, by category then region. */
	public List<SeatCount> counts() {
		var counts = new ArrayList<SeatCount>();
		for (var category : SeatCategory.values()) {
			for (var region : SeatRegion.values()) {
				int seats = seats(category, region);
				if (seats > 0) {
					counts.add(new SeatCount(category, region, seats));
				}
			}
		}
		return List.copyOf(counts);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Composition composition && this.seats.equals(composition.seats);
	}

	@Override
	public int hashCode() {
		return this.seats.hashCode();
	}

	@Override
	public String toString() {
		return counts().toString();
	}

}
