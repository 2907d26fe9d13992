package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElementProposalRepository extends JpaRepository<ElementProposal, UUID> {

	List<ElementProposal> findByProcessIdOrderByProposedAtAsc(UUID processId);

}
