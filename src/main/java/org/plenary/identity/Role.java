package org.plenary.identity;

/**
 * What an account may do. Facilitator and secretariat are held for one process, a
 * delegate for one delegation.
 */
public enum Role {

	ADMINISTRATOR(Scope.NONE), PGA_OFFICE(Scope.NONE), FACILITATOR(Scope.PROCESS), SECRETARIAT(Scope.PROCESS),
	DELEGATE(Scope.DELEGATION), OBSERVER(Scope.NONE);

	public enum Scope {

		NONE, PROCESS, DELEGATION

	}

	private final Scope scope;

	Role(Scope scope) {
		this.scope = scope;
	}

	public Scope scope() {
		return this.scope;
	}

}
