package org.wsis.convening.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
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
import org.apache.lucene.queries.mlt.MoreLikeThis;
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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lucene index behind the public directory of convenors and issues and behind "who else addresses a
 * similar issue". It holds public items only (a public issue of a public convenor), each issue's text in
 * the field of its language, analysed by that language's analyzer (the six UN languages; a text of no
 * stated language by a neutral one), and the concepts of the thesaurus it names, which are the same in
 * every language. Rebuilt from the database at every start; small enough to live in memory.
 *
 * <p>Similarity of issue B to issue A combines four signals, each between 0 and 1: how well B answers a
 * MoreLikeThis query made of A's most telling words (scored against A's own score, so 1 is "as alike as A
 * to itself"), the same for the thesaurus' concepts (which carries across languages), and the overlap
 * (Jaccard) of their action lines and of their SDGs.
 */
public class DirectoryIndex implements AutoCloseable {

    /** The filters of both directories, which are also their facets. */
    public static final List<String> DIMENSIONS =
            List.of("actionLine", "sdg", "year", "stakeholderType", "region", "country");

    /** Deep paging beyond this many results is refused; narrow the search instead. */
    public static final int MAX_WINDOW = 10_000;

    /** How much each signal weighs in similarity: words, concepts, action lines, SDGs. */
    public record Weights(double words, double concepts, double actionLines, double sdgs) {
        /**
         * Chosen on half of the labelled set ({@code benchmarks/convening}) and measured on the other half:
         * the SDGs an issue names tell more about its subject than its action lines do.
         */
        public static final Weights DEFAULT = new Weights(0.35, 0.35, 0.10, 0.20);
    }

    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String ID = "id";
    private static final String CONVENOR = "convenorId";
    private static final String CARD = "card";
    private static final String TEXT = "text";
    private static final String LANGUAGE = "language";
    private static final String CONCEPTS = "concepts";
    private static final String SORT_TIME = "sortTime";
    private static final String ISSUE = "issue";
    private static final String CONVENOR_TYPE = "convenor";
    private static final String NO_LANGUAGE = "xx";
    private static final List<String> TEXT_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es", NO_LANGUAGE);
    /** Candidates read per similarity query before they are ranked by all four signals. */
    private static final int CANDIDATES = 200;

    private final Map<String, Analyzer> languages = new LinkedHashMap<>();
    private final Analyzer analyzer;
    private final Concepts concepts;
    private final FacetsConfig facets = new FacetsConfig();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong generation = new AtomicLong();
    /** What is indexed under each key, to tell a change from a repetition. */
    private final Map<String, Record> indexed = new HashMap<>();

    private final Weights weights;

    public DirectoryIndex() {
        this(Weights.DEFAULT);
    }

    public DirectoryIndex(Weights weights) {
        this.weights = weights;
        Map<String, List<String>> boilerplate = StopWords.announcementWords();
        languages.put("ar", new ArabicAnalyzer());
        languages.put("zh", new CJKAnalyzer());
        languages.put("en", new EnglishAnalyzer(StopWords.with(StopWords.snowballEnglish(), boilerplate.get("en"))));
        languages.put(
                "fr", new FrenchAnalyzer(StopWords.with(FrenchAnalyzer.getDefaultStopSet(), boilerplate.get("fr"))));
        languages.put("ru", new RussianAnalyzer());
        languages.put(
                "es", new SpanishAnalyzer(StopWords.with(SpanishAnalyzer.getDefaultStopSet(), boilerplate.get("es"))));
        languages.put(
                NO_LANGUAGE, new StandardAnalyzer(StopWords.with(StopWords.snowballEnglish(), boilerplate.get("en"))));
        Map<String, Analyzer> perField = new HashMap<>();
        languages.forEach((language, a) -> perField.put(textField(language), a));
        perField.put(CONCEPTS, new WhitespaceAnalyzer());
        analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        concepts = new Concepts(languages);
        for (String dim : DIMENSIONS) {
            facets.setMultiValued(dim, true);
        }
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, new FacetedSearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textField(String language) {
        return TEXT + "_" + language;
    }

    /** The text's language as indexed: one of the six, or none. */
    private static String languageOf(@Nullable String language) {
        return language != null && TEXT_LANGUAGES.contains(language) ? language : NO_LANGUAGE;
    }

    /** The concepts a text names, for an issue written in {@code language} (null: unknown). */
    public Set<String> conceptsIn(String text, @Nullable String language) {
        return concepts.in(text, language);
    }

    // --- writing ---

    /** An issue to index, public or not; {@code text} is what similarity reads (title, description, keywords). */
    public record IssueEntry(IssueCard card, String text) {}

    /** A convenor to index with its issues; {@code about} is what free text finds it by. */
    public record ConvenorEntry(ConvenorCard card, String about) {}

    /** Brings an issue's document up to date: indexed when public, removed otherwise. Idempotent. */
    public void putIssue(String issueId, @Nullable IssueEntry publicIssue) {
        String key = ISSUE + ":" + issueId;
        if (unchanged(key, publicIssue)) {
            return;
        }
        try {
            if (publicIssue == null) {
                writer.deleteDocuments(new Term(KEY, key));
            } else {
                writer.updateDocument(new Term(KEY, key), issueDocument(publicIssue));
            }
            generation.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings a convenor's document up to date: indexed when public, removed otherwise. Idempotent. */
    public void putConvenor(String convenorId, @Nullable ConvenorEntry publicConvenor) {
        String key = CONVENOR_TYPE + ":" + convenorId;
        if (unchanged(key, publicConvenor)) {
            return;
        }
        try {
            if (publicConvenor == null) {
                writer.deleteDocuments(new Term(KEY, key));
            } else {
                writer.updateDocument(new Term(KEY, key), convenorDocument(publicConvenor));
            }
            generation.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code key} is already indexed as {@code entry} (or absent, as {@code null}); records it as it
     * will be otherwise. The indexer puts the same items again at every poll and after every save: only a
     * change of what the public sees writes the index and changes the generation.
     */
    private boolean unchanged(String key, @Nullable Record entry) {
        synchronized (indexed) {
            if (entry == null) {
                return indexed.remove(key) == null;
            }
            Record before = indexed.put(key, entry);
            return entry.equals(before);
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

    /** Changes every time something is put: what was computed from an older generation is stale. */
    public long generation() {
        return generation.get();
    }

    public int publicIssues() {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, ISSUE))));
    }

    public int publicConvenors() {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, CONVENOR_TYPE))));
    }

    private Document issueDocument(IssueEntry entry) throws IOException {
        IssueCard card = entry.card();
        String language = languageOf(card.language());
        Document doc = new Document();
        doc.add(new StringField(KEY, ISSUE + ":" + card.id(), Field.Store.NO));
        doc.add(new StringField(TYPE, ISSUE, Field.Store.NO));
        doc.add(new StringField(ID, card.id(), Field.Store.YES));
        doc.add(new StringField(CONVENOR, card.convenorId(), Field.Store.NO));
        doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
        doc.add(new TextField(textField(language), entry.text(), Field.Store.YES));
        doc.add(new TextField(CONCEPTS, String.join(" ", card.concepts()), Field.Store.NO));
        doc.add(new NumericDocValuesField(
                SORT_TIME, card.publishedAt() == null ? 0 : card.publishedAt().toEpochMilli()));
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("actionLine", card.actionLines());
        values.put("sdg", card.sdgs().stream().map(String::valueOf).toList());
        values.put("year", List.of(String.valueOf(card.year())));
        values.put("stakeholderType", List.of(card.stakeholderType()));
        values.put("region", List.of(card.region()));
        values.put("country", List.of(card.country()));
        addFacets(doc, values);
        doc.add(new StoredField(CARD, json.writeValueAsBytes(card)));
        return facets.build(doc);
    }

    private Document convenorDocument(ConvenorEntry entry) throws IOException {
        ConvenorCard card = entry.card();
        Document doc = new Document();
        doc.add(new StringField(KEY, CONVENOR_TYPE + ":" + card.id(), Field.Store.NO));
        doc.add(new StringField(TYPE, CONVENOR_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, card.id(), Field.Store.YES));
        doc.add(new TextField(textField(NO_LANGUAGE), entry.about(), Field.Store.NO));
        doc.add(new NumericDocValuesField(
                SORT_TIME, card.publishedAt() == null ? 0 : card.publishedAt().toEpochMilli()));
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("actionLine", card.actionLines());
        values.put("sdg", card.sdgs().stream().map(String::valueOf).toList());
        values.put("year", card.years().stream().map(String::valueOf).toList());
        values.put("stakeholderType", List.of(card.stakeholderType()));
        values.put("region", List.of(card.region()));
        values.put("country", List.of(card.country()));
        addFacets(doc, values);
        doc.add(new StoredField(CARD, json.writeValueAsBytes(card)));
        return facets.build(doc);
    }

    private static void addFacets(Document doc, Map<String, List<String>> values) {
        values.forEach((dim, list) -> list.forEach(value -> {
            doc.add(new StringField(dim, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }));
    }

    // --- the directory ---

    public DirectoryResult<IssueCard> searchIssues(DirectoryQuery query) {
        return search(ISSUE, query, IssueCard.class);
    }

    public DirectoryResult<ConvenorCard> searchConvenors(DirectoryQuery query) {
        return search(CONVENOR_TYPE, query, ConvenorCard.class);
    }

    private <T> DirectoryResult<T> search(String type, DirectoryQuery query, Class<T> cardType) {
        if ((long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("page and size reach beyond the first " + MAX_WINDOW + " results");
        }
        return withSearcher(searcher -> {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            all.add(new TermQuery(new Term(TYPE, type)), Occur.FILTER);
            if (query.hasText()) {
                Map<String, Float> fields = new LinkedHashMap<>();
                TEXT_LANGUAGES.forEach(language -> fields.put(textField(language), 1f));
                SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
                parser.setDefaultOperator(Occur.MUST);
                Query text = parser.parse(query.text());
                all.add(text == null ? new MatchNoDocsQuery("nothing searchable in the text") : text, Occur.MUST);
            }
            filter(all, "actionLine", query.actionLines());
            filter(all, "sdg", query.sdgs());
            filter(all, "year", query.years());
            filter(all, "stakeholderType", query.stakeholderTypes());
            filter(all, "region", query.regions());
            filter(all, "country", query.countries());
            Sort sort = query.hasText()
                    ? new Sort(SortField.FIELD_SCORE, new SortField(SORT_TIME, SortField.Type.LONG, true))
                    : new Sort(new SortField(SORT_TIME, SortField.Type.LONG, true));
            int wanted = Math.max(1, (query.page() + 1) * query.size());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                    searcher, all.build(), wanted, sort, false, new FacetsCollectorManager());
            FacetsCollector collector = result.facetsCollector();
            long total = collector.getMatchingDocs().stream()
                    .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                    .sum();
            List<T> items = new ArrayList<>();
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            for (int i = query.page() * query.size(); i < docs.length && query.size() > 0; i++) {
                items.add(card(searcher, docs[i].doc, cardType));
            }
            return new DirectoryResult<>(
                    total, query.page(), query.size(), items, facetCounts((FacetedSearcher) searcher, collector));
        });
    }

    private static void filter(BooleanQuery.Builder all, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        all.add(any.build(), Occur.FILTER);
    }

    // --- similar issues ---

    /** A public issue's card, if it is in the index. */
    public Optional<IssueCard> issue(String issueId) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(KEY, ISSUE + ":" + issueId)), 1);
            return top.scoreDocs.length == 0
                    ? Optional.empty()
                    : Optional.of(card(searcher, top.scoreDocs[0].doc, IssueCard.class));
        });
    }

    /** Every public issue, newest first. */
    public List<IssueCard> publicIssueCards() {
        return withSearcher(searcher -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(new TermQuery(new Term(TYPE, ISSUE)), Occur.FILTER);
            TopDocs top = searcher.search(
                    q.build(),
                    Math.max(1, searcher.getIndexReader().numDocs()),
                    new Sort(new SortField(SORT_TIME, SortField.Type.LONG, true)));
            List<IssueCard> cards = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                cards.add(card(searcher, doc.doc, IssueCard.class));
            }
            return cards;
        });
    }

    /**
     * The public issues of other convenors most similar to {@code issueId} by direct similarity, best first,
     * at most {@code limit}; empty when the issue is not public. The public ranking re-orders them
     * ({@link SimilarityGraph}).
     */
    public List<SimilarIssue> similarTo(String issueId, int limit) {
        return withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(new Term(KEY, ISSUE + ":" + issueId)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int selfDoc = self.scoreDocs[0].doc;
            IssueCard a = card(searcher, selfDoc, IssueCard.class);
            String field = textField(languageOf(a.language()));
            String text = searcher.storedFields().document(selfDoc).get(field);

            MoreLikeThis words = moreLikeThis(searcher.getIndexReader(), field);
            Map<Integer, Double> wordScores =
                    relativeScores(searcher, words.like(field, new StringReader(text)), selfDoc);
            Map<Integer, Double> conceptScores = Map.of();
            if (!a.concepts().isEmpty()) {
                MoreLikeThis themes = moreLikeThis(searcher.getIndexReader(), CONCEPTS);
                conceptScores = relativeScores(
                        searcher, themes.like(CONCEPTS, new StringReader(String.join(" ", a.concepts()))), selfDoc);
            }
            Set<Integer> candidates = new LinkedHashSet<>(wordScores.keySet());
            candidates.addAll(conceptScores.keySet());
            candidates.remove(selfDoc);

            Map<String, String> surface = surfaceForms(field, text);
            Set<String> telling =
                    new LinkedHashSet<>(List.of(words.retrieveInterestingTerms(new StringReader(text), field)));
            List<SimilarIssue> ranked = new ArrayList<>();
            for (int doc : candidates) {
                IssueCard b = card(searcher, doc, IssueCard.class);
                if (b.convenorId().equals(a.convenorId())) {
                    continue;
                }
                double score = weights.words() * wordScores.getOrDefault(doc, 0.0)
                        + weights.concepts() * conceptScores.getOrDefault(doc, 0.0)
                        + weights.actionLines() * jaccard(a.actionLines(), b.actionLines())
                        + weights.sdgs() * jaccard(a.sdgs(), b.sdgs());
                ranked.add(new SimilarIssue(
                        b,
                        Math.min(1.0, score),
                        sharedWords(
                                telling,
                                surface,
                                field,
                                searcher.storedFields().document(doc).get(field)),
                        shared(a.concepts(), b.concepts()).stream()
                                .map(concepts::label)
                                .toList(),
                        shared(a.actionLines(), b.actionLines()),
                        shared(a.sdgs(), b.sdgs())));
            }
            ranked.sort(Comparator.comparingDouble(SimilarIssue::score)
                    .reversed()
                    .thenComparing(s -> s.issue().id()));
            return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        });
    }

    private MoreLikeThis moreLikeThis(IndexReader reader, String field) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        return mlt;
    }

    /** Each match's score against the issue's own score for the same query (1: as alike as itself). */
    private static Map<Integer, Double> relativeScores(IndexSearcher searcher, Query like, int selfDoc)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(like, Occur.MUST);
        q.add(new TermQuery(new Term(TYPE, ISSUE)), Occur.FILTER);
        TopDocs top = searcher.search(q.build(), CANDIDATES + 1);
        double reference = 0;
        for (ScoreDoc doc : top.scoreDocs) {
            reference = Math.max(reference, doc.score);
            if (doc.doc == selfDoc) {
                reference = doc.score;
                break;
            }
        }
        Map<Integer, Double> scores = new LinkedHashMap<>();
        if (reference <= 0) {
            return scores;
        }
        for (ScoreDoc doc : top.scoreDocs) {
            scores.put(doc.doc, Math.min(1.0, doc.score / reference));
        }
        return scores;
    }

    /** The words of A's telling terms that B's text uses too, as A wrote them. */
    private List<String> sharedWords(
            Set<String> telling, Map<String, String> surface, String field, @Nullable String other) {
        if (other == null) {
            return List.of();
        }
        Set<String> theirs = new HashSet<>();
        analyze(field, other, (term, start, end) -> theirs.add(term));
        List<String> shared = new ArrayList<>();
        for (String term : telling) {
            if (theirs.contains(term)) {
                shared.add(surface.getOrDefault(term, term));
            }
            if (shared.size() == 8) {
                break;
            }
        }
        return shared;
    }

    /** For each analysed term of a text, the word it first came from, in lower case. */
    private Map<String, String> surfaceForms(String field, String text) {
        Map<String, String> forms = new HashMap<>();
        analyze(
                field,
                text,
                (term, start, end) ->
                        forms.putIfAbsent(term, text.substring(start, end).toLowerCase(Locale.ROOT)));
        return forms;
    }

    @FunctionalInterface
    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private void analyze(String field, String text, TermSink sink) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> double jaccard(List<T> a, List<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared(a, b).size() / union.size();
    }

    private static <T> List<T> shared(List<T> a, List<T> b) {
        Set<T> theirs = new HashSet<>(b);
        return a.stream().filter(theirs::contains).distinct().toList();
    }

    /** The English label of a thesaurus concept. */
    public String label(String concept) {
        return concepts.label(concept);
    }

    // --- reading ---

    private <T> T card(IndexSearcher searcher, int doc, Class<T> type) throws IOException {
        BytesRef stored = searcher.storedFields().document(doc).getBinaryValue(CARD);
        return json.readValue(stored.bytes, stored.offset, stored.length, type);
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

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
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
