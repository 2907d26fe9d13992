package org.plenary.correspondence;

import java.util.Optional;

/**
 * What became of a circulated letter's messages ("195 messages queued"), told by the
 * module that sends them; the letter's page shows it after its status.
 */
public interface LetterDelivery {

	Optional<String> describe(LetterId letter);

}
