package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties bundle(String name) {
        Properties messages = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    @Test
    void everyLanguageSaysEverythingTheDefaultBundleSays() {
        Properties fallback = bundle("messages");
        for (String language : List.of("ar", "zh", "en", "fr", "es", "ru")) {
            Properties translated = bundle("messages_" + language);

            assertThat(translated.stringPropertyNames())
                    .as(language)
                    .containsExactlyInAnyOrderElementsOf(fallback.stringPropertyNames());
            assertThat(translated.stringPropertyNames())
                    .as(language)
                    .allSatisfy(key -> assertThat(translated.getProperty(key))
                            .as(language + " " + key)
                            .isNotBlank());
        }
    }
}
