package org.plenary.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in, with the roles they hold. Failed sign-ins and the lock are
 * written by {@link SignInAccounts} with single statements, never through this entity, so
 * that parallel attempts cannot conflict; only the changed columns are written back.
 */
@org.hibernate.annotations.DynamicUpdate
@Entity
@Table(name = "identity_account")
class Account {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	private boolean enabled;

	@Column(name = "failed_sign_ins")
	private int failedSignIns;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** The tag of the official language the person picked, or none yet. */
	private @Nullable String language;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "account_id", nullable = false)
	private List<AccountGrant> grants = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	UUID id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	@Nullable String language() {
		return this.language;
	}

	void pickLanguage(String tag) {
		this.language = tag;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Set<Grant> grants() {
		return this.grants.stream().map(AccountGrant::toGrant).collect(Collectors.toUnmodifiableSet());
	}

	Actor toActor() {
		return new Actor(this.username, grants());
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	@Nullable Instant lockedUntil() {
		return this.lockedUntil;
	}

	void recordSignIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	void unlock() {
		recordSignIn();
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	boolean grant(Grant grant) {
		if (grants().contains(grant)) {
			return false;
		}
		this.grants.add(new AccountGrant(grant));
		return true;
	}

	boolean revoke(Grant grant) {
		return this.grants.removeIf((g) -> g.toGrant().equals(grant));
	}

}
