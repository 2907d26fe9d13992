package org.plenary.identity;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Real accounts in the database for tests that go through HTTP, each with a fresh
 * username and a known password.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple";

	private final Accounts accounts;

	TestAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Opens an account holding the grant, and returns HTTP Basic credentials for it. */
	public Credentials holding(Grant grant) {
		var username = grant.role().name().toLowerCase().replace('_', '-') + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		this.accounts.open(new NewAccount(username, "Test " + username, PASSWORD, Set.of(grant)),
				Actors.administrator());
		return new Credentials(username, PASSWORD);
	}

	public record Credentials(String username, String password) {

		public RequestPostProcessor basic() {
			return httpBasic(this.username, this.password);
		}

	}

}
