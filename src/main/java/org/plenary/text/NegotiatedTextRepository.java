package org.plenary.text;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiatedTextRepository extends JpaRepository<NegotiatedText, UUID> {

	List<NegotiatedText> findByProcessIdOrderByTitleAsc(UUID processId);

}
