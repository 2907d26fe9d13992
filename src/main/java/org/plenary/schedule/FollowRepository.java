package org.plenary.schedule;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowRepository extends JpaRepository<Follow, Follow.Key> {

	List<Follow> findByKeyDelegationCode(String delegationCode);

}
