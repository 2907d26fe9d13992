package org.plenary.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know of delegations to grant the delegate role, provided by the
 * delegation module so that identity depends on no other module.
 */
public interface DelegationDirectory {

	/** The name of the delegation with this code, if there is one. */
	Optional<String> nameOf(String code);

	/** Every delegation, by name, for a form. */
	List<Choice> delegationChoices();

}
