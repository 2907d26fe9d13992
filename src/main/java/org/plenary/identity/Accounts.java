package org.plenary.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.system.InvalidInput;
import org.plenary.system.Language;
import org.plenary.system.Said;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the people who use Plenary. Only an administrator opens, changes and
 * unlocks accounts; everyone signed in changes their own password.
 */
@Service
public class Accounts {

	private static final Logger log = LoggerFactory.getLogger(Accounts.class);

	static final int MINIMUM_PASSWORD_LENGTH = 10;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final DelegationDirectory delegations;

	private final ProcessDirectory processes;

	private final IdentitySettings settings;

	private final Clock clock;

	private final SignInThrottle throttle;

	Accounts(AccountRepository accounts, PasswordEncoder passwords, AuditTrail audit, DelegationDirectory delegations,
			ProcessDirectory processes, IdentitySettings settings, Clock clock, SignInThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.delegations = delegations;
		this.processes = processes;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens an account. Refuses anyone but an administrator, a taken username, a short
	 * password, an unknown scope.
	 */
	@Transactional
	public AccountView open(NewAccount account, Actor actor) {
		requireAdministrator(actor, "open accounts");
		var username = account.username().trim();
		if (!username.matches("[A-Za-z0-9._@-]{2,60}")) {
			throw new InvalidInput("username", "Use 2 to 60 letters, digits, dots, dashes, underscores or @.",
					"refusal.identity.usernameForm");
		}
		if (this.accounts.existsByUsernameIgnoreCase(username)) {
			throw new UsernameTaken(username);
		}
		checkPassword("password", account.password());
		account.grants().forEach(this::checkScope);
		var opened = new Account(username, account.displayName().trim(), this.passwords.encode(account.password()),
				this.clock.instant());
		account.grants().forEach(opened::grant);
		this.accounts.save(opened);
		this.audit.record(actor, "account.opened", "account " + username, describe(opened));
		return view(opened);
	}

	@Transactional(readOnly = true)
	public List<AccountView> all(Actor actor) {
		requireAdministrator(actor, "see accounts");
		var refused = this.throttle.refusedFromSomeAddress();
		return this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.map((account) -> view(account, SignInThrottle.isAmong(refused, account.username())))
			.toList();
	}

	@Transactional(readOnly = true)
	public AccountView account(UUID id, Actor actor) {
		requireAdministrator(actor, "see accounts");
		return view(load(id));
	}

	/**
	 * Gives an account one more role. Refuses anyone but an administrator and a process
	 * or delegation unknown.
	 */
	@Transactional
	public AccountView grant(UUID id, Grant grant, Actor actor) {
		requireAdministrator(actor, "change what accounts may do");
		checkScope(grant);
		var account = load(id);
		if (account.grant(grant)) {
			this.audit.record(actor, "account.granted", "account " + account.username(), describe(grant));
		}
		return view(account);
	}

	@Transactional
	public AccountView revoke(UUID id, Grant grant, Actor actor) {
		requireAdministrator(actor, "change what accounts may do");
		var account = load(id);
		if (account.username().equals(actor.username()) && grant.role() == Role.ADMINISTRATOR) {
			throw new InvalidInput("role", "You cannot take the administrator role from yourself.",
					"refusal.identity.ownAdministratorRole");
		}
		if (account.revoke(grant)) {
			this.audit.record(actor, "account.revoked", "account " + account.username(), describe(grant));
		}
		return view(account);
	}

	@Transactional
	public AccountView unlock(UUID id, Actor actor) {
		requireAdministrator(actor, "unlock accounts");
		var account = load(id);
		account.unlock();
		this.throttle.forget(account.username());
		this.audit.record(actor, "account.unlocked", "account " + account.username(), null);
		return view(account);
	}

	@Transactional
	public AccountView enable(UUID id, boolean enabled, Actor actor) {
		requireAdministrator(actor, "enable or disable accounts");
		var account = load(id);
		if (!enabled && account.username().equals(actor.username())) {
			throw new InvalidInput("enabled", "You cannot disable your own account.", "refusal.identity.ownAccount");
		}
		account.enable(enabled);
		this.audit.record(actor, enabled ? "account.enabled" : "account.disabled", "account " + account.username(),
				null);
		return view(account);
	}

	/** Sets a new password for someone who lost theirs. */
	@Transactional
	public void resetPassword(UUID id, String newPassword, Actor actor) {
		requireAdministrator(actor, "reset passwords");
		checkPassword("password", newPassword);
		var account = load(id);
		account.changePassword(this.passwords.encode(newPassword));
		account.unlock();
		this.throttle.forget(account.username());
		this.audit.record(actor, "account.password-reset", "account " + account.username(), null);
	}

	/**
	 * Changes the actor's own password. Refuses a wrong current password and a short new
	 * one.
	 */
	@Transactional
	public void changePassword(Actor actor, String currentPassword, String newPassword) {
		var account = this.accounts.findByUsernameIgnoreCase(actor.username())
			.orElseThrow(() -> new NotPermitted(actor, new Said("refusal.action.changePassword", "change a password")));
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "The current password is not right.",
					"refusal.identity.currentPassword");
		}
		checkPassword("newPassword", newPassword);
		account.changePassword(this.passwords.encode(newPassword));
		this.audit.record(actor, "account.password-changed", "account " + account.username(), null);
	}

	/**
	 * Stores the official language the person picked with the switcher, so that every
	 * later page and session is in it.
	 */
	@Transactional
	public void pickLanguage(Actor actor, Language language) {
		this.accounts.findByUsernameIgnoreCase(actor.username())
			.ifPresent((account) -> account.pickLanguage(language.tag()));
	}

	/** The official language a signed-in person picked, if they did. */
	@Transactional(readOnly = true)
	public Optional<Language> languageOf(String username) {
		return Language.ofTag(this.accounts.findLanguageByUsername(username));
	}

	/** The account's display name, for greeting the person who is signed in. */
	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(Account::displayName);
	}

	/**
	 * Opens the first administrator on an empty database, with the configured password or
	 * a random one that is logged once. Does nothing when any account exists.
	 */
	@Transactional
	void openFirstAdministrator() {
		if (this.accounts.count() > 0) {
			return;
		}
		var configured = this.settings.adminPassword();
		var password = (configured == null || configured.isBlank()) ? randomPassword() : configured;
		var admin = new Account("admin", "Administrator", this.passwords.encode(password), this.clock.instant());
		admin.grant(Grant.of(Role.ADMINISTRATOR));
		this.accounts.save(admin);
		this.audit.record(Actor.system(), "account.opened", "account admin", "first administrator");
		if (configured == null || configured.isBlank()) {
			log.warn("Opened the first administrator account: user 'admin', password '{}'. "
					+ "It is shown only this once; change it after signing in.", password);
		}
		else {
			log.info("Opened the first administrator account 'admin' with PLENARY_ADMIN_PASSWORD.");
		}
	}

	private static String randomPassword() {
		var bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private void checkPassword(String field, String password) {
		if (password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new InvalidInput(field, "A password has at least %d characters.".formatted(MINIMUM_PASSWORD_LENGTH),
					"refusal.identity.passwordTooShort", MINIMUM_PASSWORD_LENGTH);
		}
		if (password.length() > 128) {
			throw new InvalidInput(field, "A password has at most 128 characters.", "refusal.identity.passwordTooLong");
		}
		if (CommonPasswords.isCommon(password)) {
			throw new InvalidInput(field,
					"This password is one of the most common, which are guessed first: choose another, such as a few unrelated words.",
					"refusal.identity.passwordCommon");
		}
	}

	private void checkScope(Grant grant) {
		if (grant.process() != null && this.processes.nameOf(grant.process()).isEmpty()) {
			throw new InvalidInput("process", "There is no process " + grant.process() + ".",
					"refusal.identity.noSuchProcess", grant.process());
		}
		if (grant.delegation() != null && this.delegations.nameOf(grant.delegation()).isEmpty()) {
			throw new InvalidInput("delegation", "There is no delegation " + grant.delegation() + ".",
					"refusal.identity.noSuchDelegation", grant.delegation());
		}
	}

	private Account load(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
	}

	private static void requireAdministrator(Actor actor, String what) {
		if (!actor.isAdministrator()) {
			throw new NotPermitted(actor, what);
		}
	}

	private String describe(Account account) {
		return account.grants().stream().map(this::describe).sorted().reduce((a, b) -> a + "; " + b).orElse("no role");
	}

	private String describe(Grant grant) {
		var heldFor = heldFor(grant);
		return heldFor == null ? grant.role().name() : grant.role().name() + " of " + heldFor;
	}

	private @org.jspecify.annotations.Nullable String heldFor(Grant grant) {
		if (grant.process() != null) {
			return this.processes.nameOf(grant.process()).orElse(grant.process().toString());
		}
		if (grant.delegation() != null) {
			return this.delegations.nameOf(grant.delegation()).orElse(grant.delegation());
		}
		return null;
	}

	private AccountView view(Account account) {
		return view(account, this.throttle.refusedFromSomeAddress(account.username()));
	}

	private AccountView view(Account account, boolean refusedFromSomeAddress) {
		var grants = account.grants()
			.stream()
			.map((g) -> new AccountView.GrantView(g, heldFor(g)))
			.sorted(java.util.Comparator.comparing((AccountView.GrantView g) -> g.grant().role()))
			.toList();
		return new AccountView(account.id(), account.username(), account.displayName(), account.isEnabled(),
				account.lockedUntil(), account.isLockedAt(this.clock.instant()) || refusedFromSomeAddress, grants);
	}

}
