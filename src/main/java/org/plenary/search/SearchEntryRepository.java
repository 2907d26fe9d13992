package org.plenary.search;

import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchEntryRepository extends JpaRepository<SearchEntry, UUID> {

	boolean existsByKind(SearchKind kind);

	@Query("select e.id from SearchEntry e")
	Set<UUID> ids();

}
