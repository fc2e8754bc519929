package org.wsis.submission.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lucene index behind search, facets, statistics and exports. Each entry has up to two documents:
 * its public revision (while it is public) and its owner's working revision (always), so that the
 * public and owners search the same way but see different things. The index lives in a temporary
 * directory, memory-mapped, and is rebuilt from the database at every start.
 */
public class SearchIndex implements AutoCloseable {

    /** The filters, which are also the facets. */
    public static final List<String> DIMENSIONS =
            List.of("actionLine", "sdg", "country", "region", "stakeholderType", "year", "status");

    /** Deep paging beyond this many results is refused; narrow the search instead. */
    public static final int MAX_WINDOW = 10_000;

    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String SCOPE = "scope";
    private static final String OWNER = "owner";
    private static final String HIT = "hit";
    private static final String SORT_TITLE = "sortTitle";
    private static final String SORT_TIME = "sortTime";
    private static final String PUBLIC = "public";
    private static final String OWN = "own";

    /** Where free text looks, and how much a match there counts. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            "title", 4f,
            "keywords", 3f,
            "organisation", 1.5f,
            "shortDescription", 1.5f,
            "fullDescription", 1f);

    private final Path directoryPath;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final JsonMapper json = JsonMapper.builder().build();

    public SearchIndex() {
        try {
            directoryPath = Files.createTempDirectory("wsis-search-");
            directory = new MMapDirectory(directoryPath);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            for (String dim : DIMENSIONS) {
                facets.setMultiValued(dim, true);
            }
            searchers = new SearcherManager(writer, new FacetedSearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the entry's documents up to date; idempotent. */
    public void put(Entry entry) {
        try {
            writer.updateDocument(new Term(KEY, OWN + ":" + entry.id()), document(entry, OWN));
            Term publicKey = new Term(KEY, PUBLIC + ":" + entry.id());
            if (entry.isPublic()) {
                writer.updateDocument(publicKey, document(entry, PUBLIC));
            } else {
                writer.deleteDocuments(publicKey);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Published entries in the index. */
    public int publicCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(SCOPE, PUBLIC))));
    }

    public SearchResult search(SearchQuery query) {
        if ((long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("page and size reach beyond the first " + MAX_WINDOW + " results");
        }
        return withSearcher(searcher -> {
            FacetedSearcher faceted = (FacetedSearcher) searcher;
            Query lucene = toLucene(query);
            int wanted = Math.max(1, (query.page() + 1) * query.size());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                    searcher, lucene, wanted, sort(query), query.hasText(), new FacetsCollectorManager());
            FacetsCollector collector = result.facetsCollector();
            long total = collector.getMatchingDocs().stream()
                    .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                    .sum();
            List<SearchResult.Hit> items = new ArrayList<>();
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            for (int i = query.page() * query.size(); i < docs.length && query.size() > 0; i++) {
                items.add(hit(searcher, docs[i], query.hasText()));
            }
            return new SearchResult(total, query.page(), query.size(), items, facetCounts(faceted, collector));
        });
    }

    /** The ids of every match, in the query's order, for exports. */
    public List<String> ids(SearchQuery query) {
        return withSearcher(searcher -> {
            int all = Math.max(1, searcher.getIndexReader().numDocs());
            TopDocs top = searcher.search(toLucene(query), all, sort(query), false);
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                ids.add(searcher.storedFields().document(doc.doc).get(ID));
            }
            return ids;
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        try (Stream<Path> files = Files.walk(directoryPath)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    // --- documents ---

    private Document document(Entry entry, String scope) throws IOException {
        boolean publicScope = scope.equals(PUBLIC);
        EntryDetails d = publicScope ? entry.publicDetails().orElseThrow() : entry.details();
        String status = publicScope ? "PUBLISHED" : entry.status().name();
        Instant time = publicScope && entry.publishedAt() != null ? entry.publishedAt() : entry.createdAt();
        String year = String.valueOf(time.atZone(ZoneOffset.UTC).getYear());

        Document doc = new Document();
        doc.add(new StringField(KEY, scope + ":" + entry.id(), Field.Store.NO));
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(SCOPE, scope, Field.Store.NO));
        doc.add(new StringField(OWNER, entry.owner().userId(), Field.Store.NO));
        doc.add(new TextField("title", d.title(), Field.Store.NO));
        doc.add(new TextField("keywords", String.join(" \n ", d.keywords()), Field.Store.NO));
        doc.add(new TextField("organisation", d.organisation(), Field.Store.NO));
        doc.add(new TextField("shortDescription", d.shortDescription(), Field.Store.NO));
        doc.add(new TextField("fullDescription", d.fullDescription(), Field.Store.NO));
        doc.add(new SortedDocValuesField(SORT_TITLE, new BytesRef(d.title().toLowerCase(Locale.ROOT))));
        doc.add(new NumericDocValuesField(SORT_TIME, time.toEpochMilli()));

        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("actionLine", d.actionLines().stream().map(Enum::name).toList());
        values.put("sdg", d.sdgs().stream().map(String::valueOf).toList());
        values.put("country", List.of(d.country()));
        values.put("region", List.of(d.region().name()));
        values.put("stakeholderType", List.of(d.stakeholderType().name()));
        values.put("year", List.of(year));
        values.put("status", List.of(status));
        values.forEach((dim, list) -> list.forEach(value -> {
            doc.add(new StringField(dim, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }));

        SearchResult.Hit hit = new SearchResult.Hit(
                entry.id(),
                d.title(),
                d.organisation(),
                d.stakeholderType().name(),
                d.country(),
                d.region().name(),
                values.get("actionLine"),
                d.sdgs(),
                d.shortDescription(),
                status,
                publicScope ? entry.publishedAt() : null,
                null);
        doc.add(new StoredField(HIT, json.writeValueAsBytes(hit)));
        return facets.build(doc);
    }

    // --- queries ---

    private Query toLucene(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (query.ownerId() == null) {
            all.add(new TermQuery(new Term(SCOPE, PUBLIC)), Occur.FILTER);
        } else {
            all.add(new TermQuery(new Term(SCOPE, OWN)), Occur.FILTER);
            all.add(new TermQuery(new Term(OWNER, query.ownerId())), Occur.FILTER);
        }
        if (query.hasText()) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS);
            parser.setDefaultOperator(Occur.MUST);
            Query text = parser.parse(query.text());
            all.add(text == null ? new MatchNoDocsQuery("nothing searchable in the text") : text, Occur.MUST);
        }
        filter(all, "actionLine", query.actionLines());
        filter(all, "sdg", query.sdgs());
        filter(all, "country", query.countries());
        filter(all, "region", query.regions());
        filter(all, "stakeholderType", query.stakeholderTypes());
        filter(all, "year", query.years());
        filter(all, "status", query.statuses());
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        all.add(any.build(), Occur.FILTER);
    }

    private static Sort sort(SearchQuery query) {
        SortField newest = new SortField(SORT_TIME, SortField.Type.LONG, true);
        SortField title = new SortField(SORT_TITLE, SortField.Type.STRING);
        return switch (query.sort()) {
            case RELEVANCE -> query.hasText() ? new Sort(SortField.FIELD_SCORE, newest) : new Sort(newest, title);
            case NEWEST -> new Sort(newest, title);
            case TITLE -> new Sort(title, newest);
        };
    }

    private SearchResult.Hit hit(IndexSearcher searcher, ScoreDoc doc, boolean scored) throws IOException {
        BytesRef stored = searcher.storedFields().document(doc.doc).getBinaryValue(HIT);
        SearchResult.Hit hit = json.readValue(stored.bytes, stored.offset, stored.length, SearchResult.Hit.class);
        if (!scored || Float.isNaN(doc.score)) {
            return hit;
        }
        return new SearchResult.Hit(
                hit.id(),
                hit.title(),
                hit.organisation(),
                hit.stakeholderType(),
                hit.country(),
                hit.region(),
                hit.actionLines(),
                hit.sdgs(),
                hit.shortDescription(),
                hit.status(),
                hit.publishedAt(),
                doc.score);
    }

    private static Map<String, Map<String, Integer>> facetCounts(FacetedSearcher searcher, FacetsCollector collector)
            throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        DIMENSIONS.forEach(dim -> counts.put(dim, new LinkedHashMap<>()));
        if (searcher.state == null) {
            return counts;
        }
        SortedSetDocValuesFacetCounts facetCounts = new SortedSetDocValuesFacetCounts(searcher.state, collector);
        for (String dim : DIMENSIONS) {
            FacetResult result;
            try {
                result = facetCounts.getTopChildren(1000, dim);
            } catch (IllegalArgumentException notIndexedYet) {
                continue;
            }
            if (result == null) {
                continue;
            }
            List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
            values.sort(Comparator.comparing((LabelAndValue lv) -> -lv.value.intValue())
                    .thenComparing(lv -> lv.label));
            values.forEach(lv -> counts.get(dim).put(lv.label, lv.value.intValue()));
        }
        return counts;
    }

    // --- searchers ---

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher with the facet state of its reader, built once per refresh. */
    private static final class FacetedSearcher extends IndexSearcher {
        private final @Nullable SortedSetDocValuesReaderState state;

        FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            this.state = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
        }
    }

    private final class FacetedSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) throws IOException {
            return new FacetedSearcher(reader, facets);
        }
    }
}
