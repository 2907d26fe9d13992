package org.plenary.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.identity.Choice;
import org.plenary.identity.ProcessDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells identity which processes exist, so that it can grant the facilitator and
 * secretariat roles.
 */
@Component
class ProcessDirectoryAdapter implements ProcessDirectory {

	private final ProcessRepository processes;

	ProcessDirectoryAdapter(ProcessRepository processes) {
		this.processes = processes;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(UUID process) {
		return this.processes.findById(process).map(Process::shortName);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> processChoices() {
		return this.processes.findAllByOrderByShortNameAsc()
			.stream()
			.map((p) -> new Choice(p.id().toString(), p.shortName()))
			.toList();
	}

}
