package org.plenary.correspondence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterRepository extends JpaRepository<Letter, UUID> {

	List<Letter> findByStatusOrderByWrittenOnDesc(LetterStatus status);

	List<Letter> findAllByOrderByWrittenOnDesc();

	@Query("select l from Letter l join l.programme m where m = :meeting order by l.writtenOn desc")
	List<Letter> findAnnouncing(UUID meeting);

}
