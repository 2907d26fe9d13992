package org.plenary.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<Account> findAllByOrderByUsernameAsc();

	@Query("select a.language from Account a where lower(a.username) = lower(?1)")
	@Nullable String findLanguageByUsername(String username);

}
