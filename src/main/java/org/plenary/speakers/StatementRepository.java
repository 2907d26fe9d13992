package org.plenary.speakers;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<Statement, UUID> {

}
