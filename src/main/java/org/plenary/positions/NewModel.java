package org.plenary.positions;

import org.plenary.process.ProcessId;
import org.plenary.system.InvalidInput;

/**
 * A model submitted in a process: its name ("Uniting for Consensus", "revised model by
 * Liechtenstein"), who submits it (a delegation's code or a group's short name) and its
 * first revision.
 */
public record NewModel(ProcessId process, String name, String submittedBy, NewRevision revision) {

	public NewModel {
		name = name.strip();
		submittedBy = submittedBy.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInput("name", "A model needs a name of at most 200 characters.",
					"refusal.positions.modelName");
		}
		if (submittedBy.isEmpty()) {
			throw new InvalidInput("submittedBy", "Say which delegation or group submits the model.",
					"refusal.positions.modelSubmittedBy");
		}
	}

}
