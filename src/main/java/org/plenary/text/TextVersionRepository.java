package org.plenary.text;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TextVersionRepository extends JpaRepository<TextVersion, UUID> {

	List<TextVersion> findByRevisionId(UUID revisionId);

	Optional<TextVersion> findByRevisionIdAndLanguage(UUID revisionId, String language);

}
