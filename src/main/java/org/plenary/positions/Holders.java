package org.plenary.positions;

import java.util.Locale;

import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.system.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Who holds a model or a position — a delegation (by its code) or a group of States (by
 * its short name) — and who may speak for them: a delegation's own delegates; for a
 * group, the delegates of its coordinator.
 */
@Component
class Holders {

	private final Delegations delegations;

	Holders(Delegations delegations) {
		this.delegations = delegations;
	}

	record Holder(SubmitterKind kind, String key, String name) {
	}

	/**
	 * A delegation's code ("LIE") or a group's short name ("G4", "UfC"); 400 otherwise.
	 */
	Holder resolve(String holder, String field) {
		if (holder.matches("[A-Za-z]{3}")) {
			var found = this.delegations.find(DelegationCode.of(holder.toUpperCase(Locale.ROOT)));
			if (found.isPresent()) {
				return new Holder(SubmitterKind.DELEGATION, found.get().code().value(), found.get().name());
			}
		}
		return this.delegations.groupNamed(holder)
			.map((g) -> new Holder(SubmitterKind.GROUP, g.shortName(), g.name()))
			.orElseThrow(() -> new InvalidInput(field,
					"'%s' is neither a delegation's code nor a group's short name.".formatted(holder)));
	}

	/** The holder of a stored record, by kind and key. */
	Holder of(SubmitterKind kind, String key) {
		var name = kind == SubmitterKind.DELEGATION
				? this.delegations.find(DelegationCode.of(key)).map((d) -> d.name()).orElse(key)
				: this.delegations.groupNamed(key).map((g) -> g.name()).orElse(key);
		return new Holder(kind, key, name);
	}

	/**
	 * Refuses anyone but the holder's delegates or, for a group, its coordinator's:
	 * {@link NotYourDelegation} or {@link NotPermitted} (403).
	 */
	void requireSpeaksFor(Holder holder, Actor actor, String what) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, what);
		}
		if (holder.kind() == SubmitterKind.DELEGATION) {
			if (!actor.actsFor(holder.key())) {
				throw new NotYourDelegation(actor, holder.key());
			}
			return;
		}
		var group = this.delegations.groupNamed(holder.key()).orElseThrow();
		if (group.coordinator() == null || !actor.actsFor(group.coordinator().value())) {
			throw new NotPermitted(actor,
					"%s for %s: only its coordinator%s may".formatted(what, group.shortName(),
							group.coordinator() == null ? " (it has none on record)"
									: " (" + group.coordinator().value() + ")"));
		}
	}

	/**
	 * Whether the actor is a delegate of the holder, or of a member of the holding group.
	 */
	boolean isInside(Holder holder, Actor actor) {
		if (holder.kind() == SubmitterKind.DELEGATION) {
			return actor.actsFor(holder.key());
		}
		return this.delegations.groupNamed(holder.key())
			.map((g) -> g.members().stream().anyMatch((m) -> actor.actsFor(m.code().value())))
			.orElse(false);
	}

}
