package org.plenary.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingChangeRepository extends JpaRepository<MeetingChange, UUID> {

	List<MeetingChange> findByProcessIdAndChangedAtGreaterThanEqualOrderByChangedAtDesc(UUID process, Instant since);

}
