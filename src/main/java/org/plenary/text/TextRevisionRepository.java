package org.plenary.text;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TextRevisionRepository extends JpaRepository<TextRevision, UUID> {

	List<TextRevision> findByTextIdOrderByNumberAsc(UUID textId);

}
