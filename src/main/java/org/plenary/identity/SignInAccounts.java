package org.plenary.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connects accounts to Spring Security: loads an account for sign-in (with its lock),
 * counts failed sign-ins and clears them on success. Pages and the API's HTTP Basic sign
 * in through the same accounts and the same lock.
 */
@Component
class SignInAccounts implements UserDetailsService {

	private final AccountRepository accounts;

	private final IdentitySettings settings;

	private final Clock clock;

	SignInAccounts(AccountRepository accounts, IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		var authorities = account.grants()
			.stream()
			.map((g) -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
			.distinct()
			.toList();
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.authorities(authorities.isEmpty() ? List.of(new SimpleGrantedAuthority("ROLE_SIGNED_IN")) : authorities)
			.build();
	}

	/**
	 * The actor for a signed-in username, read afresh so that a changed grant takes
	 * effect at the next request.
	 */
	@Transactional(readOnly = true)
	Actor actorFor(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.filter(Account::isEnabled)
			.map(Account::toActor)
			.orElseGet(Actor::anonymous);
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		this.accounts.findByUsernameIgnoreCase(failure.getAuthentication().getName())
			.ifPresent((account) -> account.recordFailedSignIn(this.clock.instant(), this.settings.maxFailedSignIns(),
					this.settings.lockOut()));
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent success) {
		this.accounts.findByUsernameIgnoreCase(success.getAuthentication().getName()).ifPresent(Account::recordSignIn);
	}

}
