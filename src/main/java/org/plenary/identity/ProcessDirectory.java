package org.plenary.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What identity needs to know of processes to grant the facilitator and secretariat
 * roles, provided by the process module so that identity depends on no other module.
 */
public interface ProcessDirectory {

	/** The short name of the process with this id, if there is one. */
	Optional<String> nameOf(UUID process);

	/** Every process, by short name, for a form. */
	List<Choice> processChoices();

}
