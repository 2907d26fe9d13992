package org.plenary.text;

import java.util.Locale;

import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.system.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Who tables or backs an amendment — a delegation by its code, a group by its short name
 * — and who may speak for them: the delegation's delegates; for a group, its
 * coordinator's.
 */
@Component
class Proposers {

	private final Delegations delegations;

	Proposers(Delegations delegations) {
		this.delegations = delegations;
	}

	record Proposer(HolderKind kind, String key, String name) {
	}

	Proposer resolve(String holder) {
		if (holder.matches("[A-Za-z]{3}")) {
			var found = this.delegations.find(DelegationCode.of(holder.toUpperCase(Locale.ROOT)));
			if (found.isPresent()) {
				return new Proposer(HolderKind.DELEGATION, found.get().code().value(), found.get().name());
			}
		}
		return this.delegations.groupNamed(holder)
			.map((g) -> new Proposer(HolderKind.GROUP, g.shortName(), g.name()))
			.orElseThrow(() -> new InvalidInput("holder",
					"'%s' is neither a delegation's code nor a group's short name.".formatted(holder)));
	}

	String name(HolderKind kind, String key) {
		return kind == HolderKind.DELEGATION
				? this.delegations.find(DelegationCode.of(key)).map((d) -> d.name()).orElse(key)
				: this.delegations.groupNamed(key).map((g) -> g.name()).orElse(key);
	}

	/**
	 * Refuses anyone but the delegation's delegates or, for a group, its coordinator's
	 * (403).
	 */
	void requireSpeaksFor(Proposer proposer, Actor actor, String what) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, what);
		}
		if (proposer.kind() == HolderKind.DELEGATION) {
			if (!actor.actsFor(proposer.key())) {
				throw new NotYourDelegation(actor, proposer.key());
			}
			return;
		}
		var group = this.delegations.groupNamed(proposer.key()).orElseThrow();
		if (group.coordinator() == null || !actor.actsFor(group.coordinator().value())) {
			throw new NotPermitted(actor, "%s for %s: only its coordinator may".formatted(what, group.shortName()));
		}
	}

}
