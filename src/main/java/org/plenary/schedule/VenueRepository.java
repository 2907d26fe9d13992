package org.plenary.schedule;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface VenueRepository extends JpaRepository<Venue, UUID> {

	List<Venue> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

}
