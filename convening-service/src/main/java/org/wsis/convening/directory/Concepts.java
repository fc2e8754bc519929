package org.wsis.convening.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The thesaurus that lets issues written in different languages meet: each concept of the information
 * society's vocabulary (broadband, telemedicine, early warning...) with the phrases that name it in English,
 * French and Spanish ({@code concepts.tsv}). A text is analysed by its language's analyzer and every
 * phrase found in it (longest first) becomes its concept's id; a text in no known language is read in
 * each of the three.
 */
public final class Concepts {

    /** The languages the thesaurus has phrases in, in the order of its columns. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Node> roots = new HashMap<>();
    private final Map<String, Analyzer> analyzers;

    /** A node of one language's phrase trie: the concept a phrase ending here names, and longer phrases. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();

        @Nullable
        String concept;
    }

    public Concepts(Map<String, Analyzer> analyzers) {
        this.analyzers = analyzers;
        LANGUAGES.forEach(language -> roots.put(language, new Node()));
        try (InputStream in = Concepts.class.getResourceAsStream("concepts.tsv")) {
            if (in == null) {
                throw new IllegalStateException("concepts.tsv is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String concept = columns[0];
                labels.put(concept, columns[1]);
                for (int i = 0; i < LANGUAGES.size() && i + 2 < columns.length; i++) {
                    String language = LANGUAGES.get(i);
                    for (String phrase : columns[i + 2].split("\\|")) {
                        add(language, phrase, concept);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English label of a concept, for people to read. */
    public String label(String concept) {
        return labels.getOrDefault(concept, concept);
    }

    /** Every concept named in {@code text}, in order of first mention, each once. */
    public Set<String> in(String text, @Nullable String language) {
        Set<String> found = new LinkedHashSet<>();
        List<String> languages = language != null && roots.containsKey(language) ? List.of(language) : LANGUAGES;
        if (language != null && !roots.containsKey(language) && analyzers.containsKey(language)) {
            return found;
        }
        for (String lang : languages) {
            List<String> tokens = tokens(lang, text);
            Node root = roots.get(lang);
            int i = 0;
            while (i < tokens.size()) {
                Node node = root;
                String concept = null;
                int end = i;
                for (int j = i; j < tokens.size(); j++) {
                    node = node.next.get(tokens.get(j));
                    if (node == null) {
                        break;
                    }
                    if (node.concept != null) {
                        concept = node.concept;
                        end = j;
                    }
                }
                if (concept != null) {
                    found.add(concept);
                    i = end + 1;
                } else {
                    i++;
                }
            }
        }
        return found;
    }

    private void add(String language, String phrase, String concept) {
        List<String> tokens = tokens(language, phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = roots.get(language);
        for (String token : tokens) {
            node = node.next.computeIfAbsent(token, t -> new Node());
        }
        if (node.concept == null) {
            node.concept = concept;
        }
    }

    private List<String> tokens(String language, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream("concepts", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
