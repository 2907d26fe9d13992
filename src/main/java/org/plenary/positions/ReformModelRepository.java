package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReformModelRepository extends JpaRepository<ReformModel, UUID> {

	List<ReformModel> findAllByOrderByNameAsc();

	boolean existsByProcessIdAndNameIgnoreCase(UUID processId, String name);

}
