package org.plenary.delegation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupRepository extends JpaRepository<GroupOfStates, UUID> {

	List<GroupOfStates> findAllByOrderByShortNameAsc();

	Optional<GroupOfStates> findByShortNameIgnoreCase(String shortName);

	boolean existsByShortNameIgnoreCase(String shortName);

}
