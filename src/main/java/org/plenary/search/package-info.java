/**
 * Full-text search across everything published: circulated letters and delivered written
 * statements, read from their modules' doors when {@code LetterCirculated},
 * {@code LetterArchived}, {@code StatementPublished} and {@code RevisionIssued} (a
 * negotiated text's paragraphs, in each language the revision reads in) arrive, and the
 * other modules' events (positions, models, Elements), indexed by Hibernate Search in an
 * embedded Lucene index or in OpenSearch.
 */
@ApplicationModule(allowedDependencies = { "correspondence", "speakers", "positions", "schedule", "process", "identity",
		"system", "text" })
@NullMarked
package org.plenary.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
