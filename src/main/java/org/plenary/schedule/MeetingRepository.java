package org.plenary.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

	@Query("select m from Meeting m where m.processId = ?1 order by m.slot.heldOn, m.slot.startsAt")
	List<Meeting> findByProcess(UUID process);

	@Query("select m from Meeting m where m.processId = ?1 and m.slot.heldOn between ?2 and ?3 "
			+ "order by m.slot.heldOn, m.slot.startsAt")
	List<Meeting> findByProcessBetween(UUID process, LocalDate from, LocalDate to);

	@Query("select m from Meeting m where m.slot.heldOn between ?1 and ?2 order by m.slot.heldOn, m.slot.startsAt")
	List<Meeting> findBetween(LocalDate from, LocalDate to);

	@Query("select m from Meeting m where m.processId in ?1 and m.slot.heldOn >= ?2 "
			+ "order by m.slot.heldOn, m.slot.startsAt")
	List<Meeting> findByProcessesFrom(List<UUID> processes, LocalDate from);

	@Query("select max(m.updatedAt) from Meeting m where m.processId = ?1")
	java.time.@org.jspecify.annotations.Nullable Instant lastChangeOf(UUID process);

	/** How many meetings a process has and when one last changed, in one query. */
	@Query("select count(m), max(m.updatedAt) from Meeting m where m.processId = ?1")
	List<Object[]> countAndLastChangeOf(UUID process);

	@Query("select max(m.updatedAt) from Meeting m")
	java.time.@org.jspecify.annotations.Nullable Instant lastChange();

}
