package org.plenary.correspondence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportFileRepository extends JpaRepository<ImportFile, UUID> {

	List<ImportFile> findByBatchIdOrderByPosition(UUID batchId);

	List<ImportFile> findByBatchIdAndStatusOrderByPosition(UUID batchId, ImportStatus status);

	List<ImportFile> findByFingerprintAndStatus(String fingerprint, ImportStatus status);

}
