package org.plenary.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whoever is acting: a signed-in account with its grants, or the anonymous public. Every
 * door that writes takes an actor and asks it, so the rules "a delegate acts only for
 * their own delegation, a facilitator only in their own process" hold once for pages and
 * API alike.
 */
public record Actor(String username, Set<Grant> grants) {

	private static final String ANONYMOUS = "anonymous";

	public Actor {
		grants = Set.copyOf(grants);
	}

	public static Actor anonymous() {
		return new Actor(ANONYMOUS, Set.of());
	}

	/**
	 * An actor for work the application does on its own behalf, such as loading demo
	 * data.
	 */
	public static Actor system() {
		return new Actor("plenary", Set.of(Grant.of(Role.ADMINISTRATOR)));
	}

	public boolean isAnonymous() {
		return ANONYMOUS.equals(this.username) && this.grants.isEmpty();
	}

	public boolean isAdministrator() {
		return holds(Role.ADMINISTRATOR);
	}

	public boolean isPgaOffice() {
		return holds(Role.PGA_OFFICE);
	}

	/**
	 * The administrator and the Office of the President look after the register:
	 * sessions, processes, groups.
	 */
	public boolean keepsTheRegister() {
		return isAdministrator() || isPgaOffice();
	}

	public boolean facilitates(UUID process) {
		return this.grants.stream().anyMatch((g) -> g.role() == Role.FACILITATOR && process.equals(g.process()));
	}

	public boolean servesSecretariatOf(UUID process) {
		return this.grants.stream().anyMatch((g) -> g.role() == Role.SECRETARIAT && process.equals(g.process()));
	}

	/**
	 * Whether this actor may run the given process: its facilitators, its secretariat, or
	 * who keeps the register.
	 */
	public boolean mayRun(UUID process) {
		return keepsTheRegister() || facilitates(process) || servesSecretariatOf(process);
	}

	/**
	 * Whether this actor is a delegate of the given delegation (ISO 3166-1 alpha-3 code,
	 * or an observer's code).
	 */
	public boolean actsFor(String delegation) {
		return this.grants.stream().anyMatch((g) -> g.role() == Role.DELEGATE && delegation.equals(g.delegation()));
	}

	public Optional<String> delegation() {
		return this.grants.stream().filter((g) -> g.role() == Role.DELEGATE).map(Grant::delegation).findFirst();
	}

	public boolean holds(Role role) {
		return this.grants.stream().anyMatch((g) -> g.role() == role);
	}

}
