package org.plenary.identity;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

	Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable page);

	Page<AuditEntry> findBySubjectContainingIgnoreCaseOrderByOccurredAtDesc(String subject, Pageable page);

}
