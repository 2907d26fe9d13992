package org.plenary.delegation;

import java.util.List;
import java.util.Optional;

import org.plenary.identity.Choice;
import org.plenary.identity.DelegationDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells identity which delegations exist, so that it can grant the delegate role.
 */
@Component
class DelegationDirectoryAdapter implements DelegationDirectory {

	private final DelegationRepository delegations;

	DelegationDirectoryAdapter(DelegationRepository delegations) {
		this.delegations = delegations;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(String code) {
		return this.delegations.findById(code).map(Delegation::name);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> delegationChoices() {
		return this.delegations.findAllByOrderByNameAsc()
			.stream()
			.sorted(Delegations.IN_UN_ORDER)
			.map((d) -> new Choice(d.code(), d.name()))
			.toList();
	}

}
