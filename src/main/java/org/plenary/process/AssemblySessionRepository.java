package org.plenary.process;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Named apart from Spring Session's own sessionRepository bean. */
interface AssemblySessionRepository extends JpaRepository<Session, Integer> {

	List<Session> findAllByOrderByNumberDesc();

}
