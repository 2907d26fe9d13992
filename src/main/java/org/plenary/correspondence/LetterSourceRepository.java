package org.plenary.correspondence;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterSourceRepository extends JpaRepository<LetterSource, String> {

}
