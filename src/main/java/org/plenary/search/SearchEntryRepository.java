package org.plenary.search;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchEntryRepository extends JpaRepository<SearchEntry, UUID> {

	boolean existsByKind(SearchKind kind);

}
