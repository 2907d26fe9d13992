package org.plenary.text;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AmendmentRepository extends JpaRepository<Amendment, UUID> {

	List<Amendment> findByRevisionIdOrderByTabledAtAsc(UUID revisionId);

}
