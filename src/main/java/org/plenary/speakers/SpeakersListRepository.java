package org.plenary.speakers;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SpeakersListRepository extends JpaRepository<SpeakersList, UUID> {

	Optional<SpeakersList> findByMeetingId(UUID meetingId);

	/**
	 * The list, locked until the transaction ends: changes to one list happen one after
	 * the other, so that places in the order stay unique and without gaps.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from SpeakersList l where l.meetingId = :meetingId")
	Optional<SpeakersList> lockByMeetingId(UUID meetingId);

}
