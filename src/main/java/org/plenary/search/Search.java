package org.plenary.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.plenary.system.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Full-text search across everything published: circulated letters and delivered
 * statements. Only what the public may read is ever indexed, so anyone may search.
 */
@Service
public class Search {

	private static final int PASSAGE_CHARACTERS = 180;

	/**
	 * The fields of the text: of unknown language, then of each language (an entry holds
	 * one).
	 */
	private static final String[] BODIES = java.util.stream.Stream
		.concat(java.util.stream.Stream.of((Language) null), Language.all().stream())
		.map(SearchEntry::bodyField)
		.toArray(String[]::new);

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * What matches the words, the best first (or the newest first): every word must
	 * appear, in the title or the text, accents and endings aside. Nothing for no words.
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query) {
		if (query.isEmpty()) {
			return SearchResults.none(query);
		}
		var result = session().search(SearchEntry.class)
			.select((f) -> f.composite()
				.from(f.id(UUID.class), f.field("kind", SearchKind.class), f.field("title", String.class),
						f.field("link", String.class), f.field("dated", LocalDate.class), f.highlight(BODIES[0]),
						f.highlight(BODIES[1]), f.highlight(BODIES[2]), f.highlight(BODIES[3]), f.highlight(BODIES[4]),
						f.highlight(BODIES[5]), f.highlight(BODIES[6]))
				.asArray(Search::hit))
			.where((f, root) -> {
				// The title (in Plenary's words) and text of unknown language always; the
				// text of the query's language, or of all six when it cannot be told.
				var fields = new ArrayList<String>();
				fields.add(SearchEntry.bodyField(null));
				query.languages().forEach((language) -> fields.add(SearchEntry.bodyField(language)));
				root.add(f.simpleQueryString()
					.field("title")
					.boost(2.0f)
					.fields(fields.toArray(String[]::new))
					.matching(query.words())
					.defaultOperator(BooleanOperator.AND));
				if (query.kind() != null) {
					root.add(f.match().field("kind").matching(query.kind()));
				}
				if (query.process() != null) {
					root.add(f.match().field("processId").matching(query.process()));
				}
			})
			.sort((f) -> query.newestFirst() ? f.field("dated").desc().missing().last().then().score()
					: f.score().then().field("dated").desc().missing().last())
			// The highlighter marks words with two characters no entry holds and escapes
			// nothing: SearchPassage builds text and ranges from that, so no branch (a
			// passage
			// without the words, found only in the title) can hand stored markup to a
			// page.
			.highlighter((h) -> h.plain()
				.encoder(HighlighterEncoder.DEFAULT)
				.tag(String.valueOf(SearchPassage.OPEN), String.valueOf(SearchPassage.CLOSE))
				.fragmentSize(PASSAGE_CHARACTERS)
				.numberOfFragments(2)
				.noMatchSize(PASSAGE_CHARACTERS))
			.fetch((query.page() - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
		return new SearchResults(query, result.total().hitCountLowerBound(), result.hits());
	}

	/** How many things the index holds. */
	@Transactional(readOnly = true)
	public long indexed() {
		return session().search(SearchEntry.class).where((f) -> f.matchAll()).fetchTotalHitCount();
	}

	/** How many things the index holds analysed as it analyses now. */
	@Transactional(readOnly = true)
	long analysedAsNow() {
		return session().search(SearchEntry.class)
			.where((f) -> f.match().field("analysis").matching(SearchAnalysis.VERSION))
			.fetchTotalHitCount();
	}

	/**
	 * The ids of everything the index holds, read in pages (OpenSearch answers at most
	 * 10,000 hits a query).
	 */
	@Transactional(readOnly = true)
	java.util.Set<UUID> indexedIds() {
		var ids = new java.util.HashSet<UUID>();
		try (var scroll = session().search(SearchEntry.class)
			.select((f) -> f.id(UUID.class))
			.where((f) -> f.matchAll())
			.scroll(1000)) {
			for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				ids.addAll(chunk.hits());
			}
		}
		return ids;
	}

	/** Indexes these entries again, replacing their documents. */
	@Transactional
	void reindex(java.util.Collection<UUID> ids) {
		var plan = session().indexingPlan();
		this.entityManager.createQuery("from SearchEntry e where e.id in :ids", SearchEntry.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(plan::addOrUpdate);
	}

	/** Removes these entries from the index (their rows are gone). */
	@Transactional
	void forget(java.util.Collection<UUID> ids) {
		var plan = session().indexingPlan();
		ids.forEach((id) -> plan.purge(SearchEntry.class, id, null));
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(Object[] values) {
		var passages = new ArrayList<SearchPassage>();
		for (int i = 5; i < values.length; i++) {
			((List<String>) values[i]).stream().map(SearchPassage::fromHighlighter).forEach(passages::add);
		}
		return new SearchHit((UUID) values[0], (SearchKind) values[1], (String) values[2], (String) values[3],
				(LocalDate) values[4], passages);
	}

	private SearchSession session() {
		return org.hibernate.search.mapper.orm.Search.session(this.entityManager);
	}

}
