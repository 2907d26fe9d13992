package org.plenary.correspondence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterRepository extends JpaRepository<Letter, UUID> {

	@Query("select l from Letter l join l.programme m where m = :meeting order by l.writtenOn desc nulls last")
	List<Letter> findAnnouncing(UUID meeting);

	boolean existsByEnclosureId(UUID letter);

	List<Letter> findByEnclosureId(UUID letter);

	List<Letter> findByProcessIdAndWrittenOn(UUID process, java.time.LocalDate writtenOn);

	boolean existsByCorrectsId(UUID letter);

}
