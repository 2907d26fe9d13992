package org.plenary.positions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;

import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, UUID> {

	List<Position> findByProcessId(UUID processId);

	Optional<Position> findByProcessIdAndTopicIdAndHolderKindAndHolder(UUID processId, UUID topicId,
			SpeakerKind holderKind, String holder);

}
