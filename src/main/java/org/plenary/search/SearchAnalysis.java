package org.plenary.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.plenary.system.Language;

/**
 * How text is cut into words for search, alike in Lucene and in OpenSearch, built from
 * the same Lucene components on both sides (OpenSearch's names for them in brackets):
 * <ul>
 * <li>{@code folded}, for titles and text whose language is not known: standard word
 * boundaries, lower case, accents folded ("Lajčák" is found as "lajcak"), English
 * possessives and Porter stemming;</li>
 * <li>{@code english}: the same, so "negotiate" finds "negotiations";</li>
 * <li>{@code french}: lower case, elision of l', d', qu' … ({@code elision}), the light
 * French stemmer ({@code light_french}), accents folded: "négociation" finds
 * "négociations";</li>
 * <li>{@code spanish}: lower case, the light Spanish stemmer ({@code light_spanish}),
 * accents folded: "reforma" finds "reformas";</li>
 * <li>{@code russian}: lower case, the Snowball Russian stemmer ({@code russian}):
 * "совет" finds "Совета";</li>
 * <li>{@code arabic}: lower case, Arabic normalisation (hamza, alef, teh marbuta forms)
 * and the light Arabic stemmer, which removes the article and common suffixes: "مفاوضات"
 * finds "المفاوضات";</li>
 * <li>{@code chinese}: full- and half-width forms made one ({@code cjk_width}), lower
 * case, and overlapping pairs of Han characters ({@code cjk_bigram}), so "安理会" is found
 * inside a sentence written without spaces.</li>
 * </ul>
 * No stop words are removed, so that quoted phrases keep their words in both engines.
 * Named by the properties {@code hibernate.search.backend.analysis.configurer}; public
 * because Hibernate Search makes them. Changing an analyser changes the index mapping:
 * raise {@link #VERSION} so that the application rebuilds the index (see the README).
 */
public final class SearchAnalysis {

	static final String FOLDED = "folded";

	/**
	 * The version of the analysis; every indexed entry carries it, and an index whose
	 * entries carry another is rebuilt at start-up.
	 */
	static final String VERSION = "2-six-languages";

	private SearchAnalysis() {
	}

	/** The analyser of a language's field. */
	static String analyzer(Language language) {
		return switch (language) {
			case ARABIC -> "arabic";
			case CHINESE -> "chinese";
			case ENGLISH -> "english";
			case FRENCH -> "french";
			case RUSSIAN -> "russian";
			case SPANISH -> "spanish";
		};
	}

	/** The analyser of the embedded Lucene index. */
	public static final class Lucene implements LuceneAnalysisConfigurer {

		@Override
		public void configure(LuceneAnalysisConfigurationContext context) {
			for (var name : new String[] { FOLDED, "english" }) {
				context.analyzer(name)
					.custom()
					.tokenizer("standard")
					.tokenFilter("lowercase")
					.tokenFilter("asciiFolding")
					.tokenFilter("englishPossessive")
					.tokenFilter("porterStem");
			}
			context.analyzer("french")
				.custom()
				.tokenizer("standard")
				.tokenFilter("lowercase")
				.tokenFilter("elision")
				.param("ignoreCase", "true")
				.tokenFilter("frenchLightStem")
				.tokenFilter("asciiFolding");
			context.analyzer("spanish")
				.custom()
				.tokenizer("standard")
				.tokenFilter("lowercase")
				.tokenFilter("spanishLightStem")
				.tokenFilter("asciiFolding");
			context.analyzer("russian")
				.custom()
				.tokenizer("standard")
				.tokenFilter("lowercase")
				.tokenFilter("snowballPorter")
				.param("language", "Russian");
			context.analyzer("arabic")
				.custom()
				.tokenizer("standard")
				.tokenFilter("lowercase")
				.tokenFilter("arabicNormalization")
				.tokenFilter("arabicStem");
			context.analyzer("chinese")
				.custom()
				.tokenizer("standard")
				.tokenFilter("cjkWidth")
				.tokenFilter("lowercase")
				.tokenFilter("cjkBigram");
		}

	}

	/** The same analysers for OpenSearch (or Elasticsearch). */
	public static final class OpenSearch implements ElasticsearchAnalysisConfigurer {

		@Override
		public void configure(ElasticsearchAnalysisConfigurationContext context) {
			context.tokenFilter("plenary_possessive").type("stemmer").param("language", "possessive_english");
			// Lucene's elision filter takes the French articles when it is given none;
			// OpenSearch's must be given them.
			context.tokenFilter("plenary_elision")
				.type("elision")
				.param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
				.param("articles_case", true);
			context.tokenFilter("plenary_french_stem").type("stemmer").param("language", "light_french");
			context.tokenFilter("plenary_spanish_stem").type("stemmer").param("language", "light_spanish");
			context.tokenFilter("plenary_russian_stem").type("stemmer").param("language", "russian");
			context.tokenFilter("plenary_arabic_stem").type("stemmer").param("language", "arabic");
			for (var name : new String[] { FOLDED, "english" }) {
				context.analyzer(name)
					.custom()
					.tokenizer("standard")
					.tokenFilters("lowercase", "asciifolding", "plenary_possessive", "porter_stem");
			}
			context.analyzer("french")
				.custom()
				.tokenizer("standard")
				.tokenFilters("lowercase", "plenary_elision", "plenary_french_stem", "asciifolding");
			context.analyzer("spanish")
				.custom()
				.tokenizer("standard")
				.tokenFilters("lowercase", "plenary_spanish_stem", "asciifolding");
			context.analyzer("russian")
				.custom()
				.tokenizer("standard")
				.tokenFilters("lowercase", "plenary_russian_stem");
			context.analyzer("arabic")
				.custom()
				.tokenizer("standard")
				.tokenFilters("lowercase", "arabic_normalization", "plenary_arabic_stem");
			context.analyzer("chinese")
				.custom()
				.tokenizer("standard")
				.tokenFilters("cjk_width", "lowercase", "cjk_bigram");
		}

	}

}
