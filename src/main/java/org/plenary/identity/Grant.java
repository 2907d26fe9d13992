package org.plenary.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidValue;
import org.plenary.system.Said;

/**
 * One role held by an account, with the process or delegation it is held for. A grant
 * cannot exist without the scope its role needs, nor with a scope its role does not have.
 */
public record Grant(Role role, @Nullable UUID process, @Nullable String delegation) {

	public Grant {
		boolean needsProcess = role.scope() == Role.Scope.PROCESS;
		boolean needsDelegation = role.scope() == Role.Scope.DELEGATION;
		if (needsProcess != (process != null)) {
			throw new InvalidValue(needsProcess ? role + " is held for a process" : role + " is not held for a process",
					needsProcess ? "refusal.identity.roleForProcess" : "refusal.identity.roleNotForProcess",
					new Said("role." + role.name(), role.name()));
		}
		if (needsDelegation != (delegation != null)) {
			throw new InvalidValue(
					needsDelegation ? role + " is held for a delegation" : role + " is not held for a delegation",
					needsDelegation ? "refusal.identity.roleForDelegation" : "refusal.identity.roleNotForDelegation",
					new Said("role." + role.name(), role.name()));
		}
	}

	public static Grant of(Role role) {
		return new Grant(role, null, null);
	}

	public static Grant facilitatorOf(UUID process) {
		return new Grant(Role.FACILITATOR, process, null);
	}

	public static Grant secretariatOf(UUID process) {
		return new Grant(Role.SECRETARIAT, process, null);
	}

	public static Grant delegateOf(String delegation) {
		return new Grant(Role.DELEGATE, null, delegation);
	}

}
