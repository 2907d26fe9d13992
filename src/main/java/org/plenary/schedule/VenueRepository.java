package org.plenary.schedule;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VenueRepository extends JpaRepository<Venue, UUID> {

	List<Venue> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

	/** Changes whenever a room is added or renamed. */
	@Query("select count(v) + coalesce(sum(v.version), 0) from Venue v")
	long revision();

}
