package org.plenary.identity;

import java.util.Set;

/**
 * What an administrator gives to open an account.
 */
public record NewAccount(String username, String displayName, String password, Set<Grant> grants) {

	public NewAccount {
		grants = Set.copyOf(grants);
	}

}
