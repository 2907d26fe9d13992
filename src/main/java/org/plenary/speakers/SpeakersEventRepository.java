package org.plenary.speakers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakersEventRepository extends JpaRepository<SpeakersEvent, Long> {

	List<SpeakersEvent> findTop500ByMeetingIdAndIdGreaterThanOrderByIdAsc(UUID meetingId, long after);

	Optional<SpeakersEvent> findTopByMeetingIdOrderByIdDesc(UUID meetingId);

}
