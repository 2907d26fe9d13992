package org.plenary.correspondence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, UUID> {

	List<ImportBatch> findTop20ByUploadedByOrderByUploadedAtDesc(String uploadedBy);

	List<ImportBatch> findTop20ByOrderByUploadedAtDesc();

	@Query("select distinct f.batchId from ImportFile f where f.status = org.plenary.correspondence.ImportStatus.QUEUED")
	List<UUID> findWithQueuedFiles();

	@Query("select count(distinct f.batchId) from ImportFile f where f.status = org.plenary.correspondence.ImportStatus.QUEUED")
	long countWithQueuedFiles();

}
