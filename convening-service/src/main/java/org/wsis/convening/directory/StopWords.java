package org.wsis.convening.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.jspecify.annotations.Nullable;

/**
 * The words similarity and search leave out: each language's stop words (for English, the Snowball list,
 * fuller than the analyzer's own) and the boilerplate of announcements ({@code announcement-words.tsv}).
 */
final class StopWords {

    private StopWords() {}

    static CharArraySet snowballEnglish() {
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("Lucene's english_stop.txt is missing");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per language, the words every announcement uses. */
    static Map<String, List<String>> announcementWords() {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = StopWords.class.getResourceAsStream("announcement-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("announcement-words.tsv is missing from the classpath");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] columns = line.split("\t", 2);
                        words.put(columns[0], List.of(columns[1].strip().split(" +")));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    static CharArraySet with(CharArraySet base, @Nullable List<String> more) {
        CharArraySet all = new CharArraySet(base, true);
        if (more != null) {
            all.addAll(more);
        }
        return CharArraySet.unmodifiableSet(all);
    }
}
