package org.plenary.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into words for search, alike in Lucene and in OpenSearch: standard word
 * boundaries, lower case, accents folded ("Lajčák" is found as "lajcak", "Côte d'Ivoire"
 * as "cote"), and English stemming, so "negotiation" finds "negotiations". Named by the
 * properties {@code hibernate.search.backend.analysis.configurer}; public because
 * Hibernate Search makes them.
 */
public final class SearchAnalysis {

	static final String FOLDED = "folded";

	private SearchAnalysis() {
	}

	/** The analyzer of the embedded Lucene index. */
	public static final class Lucene implements LuceneAnalysisConfigurer {

		@Override
		public void configure(LuceneAnalysisConfigurationContext context) {
			context.analyzer(FOLDED)
				.custom()
				.tokenizer("standard")
				.tokenFilter("lowercase")
				.tokenFilter("asciiFolding")
				.tokenFilter("englishPossessive")
				.tokenFilter("porterStem");
		}

	}

	/** The same analyzer for OpenSearch (or Elasticsearch). */
	public static final class OpenSearch implements ElasticsearchAnalysisConfigurer {

		@Override
		public void configure(ElasticsearchAnalysisConfigurationContext context) {
			context.analyzer(FOLDED)
				.custom()
				.tokenizer("standard")
				.tokenFilters("lowercase", "asciifolding", "plenary_possessive", "porter_stem");
			context.tokenFilter("plenary_possessive").type("stemmer").param("language", "possessive_english");
		}

	}

}
