package org.plenary.speakers;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InscriptionRepository extends JpaRepository<Inscription, UUID> {

	List<Inscription> findByListIdOrderByKindAscPositionAsc(UUID listId);

}
