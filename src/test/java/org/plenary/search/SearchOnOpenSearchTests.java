package org.plenary.search;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every search test again, with the {@code opensearch} profile against a real OpenSearch
 * 2.19 node that the test starts (see {@link OpenSearchNode}): the same queries find the
 * same things as with the embedded Lucene index.
 */
@ActiveProfiles({ "test", "opensearch" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchOnOpenSearchTests extends SearchTests {

	@BeforeAll
	static void aNodeIsThere() {
		assumeTrue(OpenSearchNode.available(), "the build unpacks OpenSearch into target/opensearch");
	}

	@DynamicPropertySource
	static void node(DynamicPropertyRegistry properties) {
		if (OpenSearchNode.available()) {
			properties.add("spring.jpa.properties.hibernate.search.backend.hosts", OpenSearchNode::hostAndPort);
		}
	}

	@Test
	void searchesInOpenSearchNotInLucene() {
		var backend = Search.mapping(this.entityManagerFactory).backend();
		assertThat(backend.getClass().getName()).containsIgnoringCase("elasticsearch");
	}

}
