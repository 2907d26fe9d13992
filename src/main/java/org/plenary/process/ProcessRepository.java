package org.plenary.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessRepository extends JpaRepository<Process, UUID> {

	Optional<Process> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Process> findAllByOrderByShortNameAsc();

}
