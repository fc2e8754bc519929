package org.wsis.community.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.community.NewsPublished;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** The newsroom over HTTP, its stream and its feeds, on a real broker and a wire-protocol database. */
@PlatformIntegrationTest
class NewsTest {

    private static final String NEWS = "/api/community/news";

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static Map<String, Object> written(String title, String summary, String body) {
        Map<String, Object> text = new HashMap<>();
        text.put("title", title);
        text.put("summary", summary);
        text.put("body", body);
        return text;
    }

    private String draft(String editor, Map<String, Object> post) {
        ApiClient.Response drafted = api().post(NEWS, editor, post);
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        return drafted.text("id");
    }

    private List<NewsPublished> announced(String newsId) {
        return topics.readAll(Topics.COMMUNITY).stream()
                .map(TopicProbe.Received::event)
                .filter(e -> e instanceof NewsPublished n && n.newsId().equals(newsId))
                .map(NewsPublished.class::cast)
                .toList();
    }

    private List<NewsPublished> awaitAnnounced(String newsId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> announced(newsId), list -> !list.isEmpty());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1e88e5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anEditorsPostIsReadInTheReadersLanguageOnceItIsPublishedAndAnnouncedOnlyTheFirstTime() {
        String nora = TestUsers.editor("Nora");
        String ada = TestUsers.stakeholder("Ada");
        Map<String, Object> post = Map.of(
                "en",
                written(
                        "The WSIS Prizes 2027 vote is open",
                        "Anyone can vote for the shortlisted projects until 15 April.",
                        "Vote **now**.<script>alert(1)</script> [Ballot](javascript:alert(1))"),
                "fr",
                written(
                        "Le vote des Prix du SMSI 2027 est ouvert",
                        "Chacun peut voter pour les projets retenus jusqu'au 15 avril.",
                        "Votez *maintenant*."));
        assertThat(api().post(NEWS, ada, post).status())
                .as("a stakeholder writes no news")
                .isEqualTo(403);
        String id = draft(nora, post);

        assertThat(api().get(NEWS + "/" + id, null).status())
                .as("a draft is the editors'")
                .isEqualTo(404);
        assertThat(api().get(NEWS, null).body().path("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(api().get("/api/community/newsroom", nora)
                        .body()
                        .path("items")
                        .findValuesAsString("id"))
                .contains(id);
        assertThat(api().get("/api/community/newsroom", ada).status()).isEqualTo(403);

        assertThat(api().post(NEWS + "/" + id + "/publish", ada, null).status()).isEqualTo(403);
        assertThat(api().post(NEWS + "/" + id + "/publish", nora, null).status())
                .isEqualTo(200);

        JsonNode french = api().get(NEWS + "/" + id + "?lang=fr", null).body();
        assertThat(french.path("language").asString()).isEqualTo("fr");
        assertThat(french.path("title").asString()).isEqualTo("Le vote des Prix du SMSI 2027 est ouvert");
        assertThat(french.path("languages").findValuesAsString("")).isEmpty();
        assertThat(french.path("translations").isMissingNode()
                        || french.path("translations").isNull())
                .as("the public does not read the Markdown as written")
                .isTrue();
        JsonNode russian = api().get(NEWS + "/" + id + "?lang=ru", null).body();
        assertThat(russian.path("language").asString())
                .as("a language the post lacks falls back to English")
                .isEqualTo("en");
        org.jsoup.nodes.Document body =
                Jsoup.parseBodyFragment(russian.path("html").asString());
        assertThat(body.select("strong").text()).isEqualTo("now");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        assertThat(api().get(NEWS + "?lang=fr", null).body().path("items").findValuesAsString("title"))
                .contains("Le vote des Prix du SMSI 2027 est ouvert");

        List<NewsPublished> first = awaitAnnounced(id);
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().headlines())
                .extracting(NewsPublished.Headline::language, NewsPublished.Headline::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("en", "The WSIS Prizes 2027 vote is open"),
                        org.assertj.core.groups.Tuple.tuple("fr", "Le vote des Prix du SMSI 2027 est ouvert"));
        assertThat(first.getFirst().editorName()).isEqualTo("Nora");

        // Taken down, then changed and published again: public again, announced to nobody.
        assertThat(api().post(NEWS + "/" + id + "/withdraw", nora, null).status())
                .isEqualTo(200);
        assertThat(api().get(NEWS + "/" + id, null).status()).isEqualTo(404);
        ApiClient.Response current = api().get(NEWS + "/" + id, nora);
        ApiClient.Response revised = api().put(
                        NEWS + "/" + id,
                        nora,
                        Map.of(
                                "en",
                                written(
                                        "The WSIS Prizes 2027 vote is open until 20 April",
                                        "The vote is extended by five days.",
                                        "Vote now.")),
                        current.etag().orElseThrow());
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.body().path("languages").size())
                .as("French was left out of the change")
                .isEqualTo(1);
        assertThat(api().put(
                                NEWS + "/" + id,
                                nora,
                                Map.of("en", written("Stale", "A stale change of it.", "x")),
                                current.etag().orElseThrow())
                        .status())
                .isEqualTo(409);
        assertThat(api().post(NEWS + "/" + id + "/publish", nora, null).status())
                .isEqualTo(200);
        assertThat(api().get(NEWS + "/" + id + "?lang=fr", null)
                        .body()
                        .path("title")
                        .asString())
                .isEqualTo("The WSIS Prizes 2027 vote is open until 20 April");

        // Another post's announcement comes after: by then a second one of the first would be there too.
        String later = draft(nora, Map.of("en", written("A later post", "Published after the first one.", "Body.")));
        api().post(NEWS + "/" + later + "/publish", nora, null);
        awaitAnnounced(later);
        assertThat(announced(id)).hasSize(1);
    }

    @Test
    void everyBrokenRuleIsReportedFieldByFieldAndNothingIsWritten() {
        String nora = TestUsers.editor("Nora");
        long before =
                api().get("/api/community/newsroom", nora).body().path("total").asLong();
        ApiClient.Response noEnglish =
                api().post(NEWS, nora, Map.of("fr", written("Un titre", "Un résumé assez long.", "Texte.")));
        assertThat(noEnglish.status()).isEqualTo(400);
        assertThat(noEnglish.body().path("errors").findValuesAsString("field")).containsExactly("en");

        ApiClient.Response broken = api().post(
                        NEWS,
                        nora,
                        Map.of(
                                "en", written("ab", "Short", " "),
                                "zh", written("标题很好", "短", "正文。")));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("en.title", "en.summary", "en.body", "zh.summary");
        assertThat(api().get("/api/community/newsroom", nora)
                        .body()
                        .path("total")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void anImageIsTypedFromItsBytesDescribedBeforePublishingAndStreamedBack() throws Exception {
        String nora = TestUsers.editor("Nora");
        String id = draft(
                nora, Map.of("en", written("Community networks in the Andes", "A case study from Peru.", "Read it.")));

        ApiClient.Response html = api().putBytes(
                        NEWS + "/" + id + "/image",
                        nora,
                        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                        "image/png");
        assertThat(html.status()).as("an HTML page sent as image/png").isEqualTo(400);
        assertThat(html.body().path("type").asString()).endsWith("not-an-image");
        ApiClient.Response svg = api().putBytes(
                        NEWS + "/" + id + "/image",
                        nora,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                .getBytes(StandardCharsets.UTF_8),
                        "image/png");
        assertThat(svg.status()).as("an SVG can carry scripts").isEqualTo(400);
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        System.arraycopy(png(), 0, tooLarge, 0, png().length);
        ApiClient.Response large = api().putBytes(NEWS + "/" + id + "/image", nora, tooLarge, "image/png");
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body().path("type").asString()).endsWith("image-too-large");

        byte[] picture = png();
        ApiClient.Response illustrated =
                api().putBytes(NEWS + "/" + id + "/image", nora, picture, "application/octet-stream");
        assertThat(illustrated.status()).as(illustrated.body().toString()).isEqualTo(200);
        assertThat(illustrated.body().path("hasImage").asBoolean()).isTrue();

        ApiClient.Response undescribed = api().post(NEWS + "/" + id + "/publish", nora, null);
        assertThat(undescribed.status()).isEqualTo(409);
        assertThat(undescribed.body().path("type").asString()).endsWith("image-not-described");
        assertThat(api().getBytes(NEWS + "/" + id + "/image", null).status())
                .as("a draft's image is the editors'")
                .isEqualTo(404);

        Map<String, Object> described =
                written("Community networks in the Andes", "A case study from Peru.", "Read it.");
        described.put("imageAlt", "Antennas on a hillside above a village");
        ApiClient.Response current = api().get(NEWS + "/" + id, nora);
        assertThat(api().put(
                                NEWS + "/" + id,
                                nora,
                                Map.of("en", described),
                                current.etag().orElseThrow())
                        .status())
                .isEqualTo(200);
        assertThat(api().post(NEWS + "/" + id + "/publish", nora, null).status())
                .isEqualTo(200);

        ApiClient.Bytes served = api().getBytes(NEWS + "/" + id + "/image", null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(picture);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(api().get(NEWS + "/" + id + "?lang=es", null)
                        .body()
                        .path("imageAlt")
                        .asString())
                .isEqualTo("Antennas on a hillside above a village");

        // Replaced: the new picture is served under a new ETag.
        BufferedImage jpeg = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(jpeg, "jpeg", out);
        assertThat(api().putBytes(NEWS + "/" + id + "/image", nora, out.toByteArray(), "image/png")
                        .status())
                .isEqualTo(200);
        ApiClient.Bytes replaced = api().getBytes(NEWS + "/" + id + "/image", null);
        assertThat(replaced.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(replaced.headers().firstValue("ETag"))
                .isNotEqualTo(served.headers().firstValue("ETag"));
    }

    @Test
    void eachLanguageHasAnAtomFeedOfThePostsWrittenInIt() throws Exception {
        String nora = TestUsers.editor("Nora");
        String both = draft(
                nora,
                Map.of(
                        "en", written("Stocktaking 2027 opens", "Register your activities for 2027.", "Go *on*."),
                        "es",
                                written(
                                        "Se abre el inventario 2027",
                                        "Registre sus actividades de 2027.",
                                        "¡Adelante!")));
        String english =
                draft(nora, Map.of("en", written("Only in English", "This post has no Spanish text.", "Body.")));
        api().post(NEWS + "/" + both + "/publish", nora, null);
        api().post(NEWS + "/" + english + "/publish", nora, null);

        ApiClient.Text spanish = api().getText(NEWS + "/feeds/es", null);
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.contentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(spanish.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getLanguage()).isEqualTo("es");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getTitle)
                .contains("Se abre el inventario 2027")
                .doesNotContain("Only in English", "Stocktaking 2027 opens");
        SyndEntry entry = feed.getEntries().stream()
                .filter(e -> e.getTitle().equals("Se abre el inventario 2027"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.getUri()).isEqualTo("urn:uuid:" + both);
        assertThat(entry.getLink()).isEqualTo("http://localhost:8080/news/" + both + "?lang=es");
        assertThat(entry.getDescription().getValue()).isEqualTo("Registre sus actividades de 2027.");

        SyndFeed inEnglish = new SyndFeedInput()
                .build(new StringReader(api().getText(NEWS + "/feeds/en", null).body()));
        assertThat(inEnglish.getEntries())
                .extracting(SyndEntry::getTitle)
                .contains("Stocktaking 2027 opens", "Only in English");
        assertThat(inEnglish.getEntries().stream()
                        .filter(e -> e.getTitle().equals("Stocktaking 2027 opens"))
                        .findFirst()
                        .orElseThrow()
                        .getContents()
                        .getFirst()
                        .getValue())
                .contains("<em>on</em>");
        assertThat(api().getText(NEWS + "/feeds/de", null).status()).isEqualTo(404);
    }
}
