package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StanceOptionRepository extends JpaRepository<StanceOption, UUID> {

	List<StanceOption> findByProcessIdOrderByOrdinalAsc(UUID processId);

	int countByTopicId(UUID topicId);

	boolean existsByTopicIdAndLabelIgnoreCase(UUID topicId, String label);

}
