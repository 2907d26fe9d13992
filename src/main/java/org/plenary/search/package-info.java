/**
 * Full-text search across everything published: circulated letters and delivered written
 * statements, read from their modules' doors when {@code LetterCirculated},
 * {@code LetterArchived} and {@code StatementPublished} arrive (and the other modules'
 * events: positions, models, Elements, a negotiated text's revisions in each of their
 * languages), indexed by Hibernate Search in an embedded Lucene index or in OpenSearch.
 */
@ApplicationModule(allowedDependencies = { "correspondence", "speakers", "positions", "schedule", "process", "identity",
		"text", "system" })
@NullMarked
package org.plenary.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
