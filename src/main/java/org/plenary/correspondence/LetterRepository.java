package org.plenary.correspondence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, UUID> {

	List<Letter> findByStatusOrderByWrittenOnDesc(LetterStatus status);

	List<Letter> findAllByOrderByWrittenOnDesc();

}
