package org.plenary.positions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElementsRevisionRepository extends JpaRepository<ElementsRevision, UUID> {

	List<ElementsRevision> findByProcessIdOrderByNumberAsc(UUID processId);

	Optional<ElementsRevision> findByProcessIdAndNumber(UUID processId, int number);

}
