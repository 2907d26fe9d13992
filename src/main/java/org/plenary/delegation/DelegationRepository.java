package org.plenary.delegation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationRepository extends JpaRepository<Delegation, String> {

	List<Delegation> findAllByOrderByNameAsc();

}
