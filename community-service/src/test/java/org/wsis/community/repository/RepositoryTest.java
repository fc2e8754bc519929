package org.wsis.community.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.wsis.contracts.Topics;
import org.wsis.contracts.community.DocumentSubmitted;
import org.wsis.contracts.community.DocumentWithdrawn;
import org.wsis.contracts.moderation.ModerationDecided;
import org.wsis.contracts.moderation.ModerationDecided.Decision;
import org.wsis.testkit.ApiClient;
import org.wsis.testkit.PlatformIntegrationTest;
import org.wsis.testkit.TestUsers;
import org.wsis.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * The global repository over HTTP and its streams, on a real broker and a wire-protocol database: files typed
 * from their bytes, a PDF found by its text once a moderator approved it, downloads with their headers, and
 * who reads what before.
 */
@PlatformIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "wsis.repository.documents-per-day=6")
class RepositoryTest {

    private static final String DOCUMENTS = "/api/community/documents";

    @Value("${local.server.port}")
    int port;

    private final TopicProbe topics = TopicProbe.onSharedBroker();

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static byte[] pdf(String text) throws Exception {
        return TestPdfs.withText(text);
    }

    /** A Word document as a zip holding what Word writes first; its name says which office format it is. */
    private static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String describe(String token, String title) {
        ApiClient.Response described = api().post(
                        DOCUMENTS,
                        token,
                        Map.of(
                                "title",
                                title,
                                "description",
                                "What the stakeholders learnt, in twelve pages.",
                                "kind",
                                "CASE_STUDY"));
        assertThat(described.status()).as(described.body().toString()).isEqualTo(201);
        return described.text("id");
    }

    private DocumentSubmitted submitted(String documentId, int revision) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> topics.readAll(Topics.COMMUNITY).stream()
                                .map(TopicProbe.Received::event)
                                .filter(e -> e instanceof DocumentSubmitted d
                                        && d.documentId().equals(documentId)
                                        && d.revision() == revision)
                                .map(DocumentSubmitted.class::cast)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static ModerationDecided decision(String documentId, int revision, Decision decision) {
        return new ModerationDecided(
                UUID.randomUUID(),
                Instant.now(),
                "document:" + documentId + ":" + revision,
                ModerationDecided.SubjectType.DOCUMENT,
                documentId,
                revision,
                decision,
                decision == Decision.APPROVED ? "MEETS_GUIDELINES" : "INAPPROPRIATE_CONTENT",
                decision == Decision.APPROVED ? null : "This is an advertisement, not a case study.",
                "mod-omar",
                ModerationDecided.ItemKind.REVIEW);
    }

    @Test
    void aPdfIsPublicOnceApprovedAndFoundByItsText() throws Exception {
        String ada = TestUsers.stakeholder("Ada");
        String ben = TestUsers.stakeholder("Ben");
        String omar = TestUsers.moderator("Omar");
        String word = "zettabyte" + UUID.randomUUID().toString().substring(0, 8);
        String id = describe(ada, "Community networks in the Andes");
        byte[] file = pdf("Villages share one " + word + " backbone.");

        assertThat(api().post(DOCUMENTS + "/" + id + "/submit", ada, null).text("type"))
                .endsWith("file-missing");
        assertThat(api().putBytes(DOCUMENTS + "/" + id + "/file?name=andes.pdf", ben, file, "application/pdf")
                        .status())
                .as("another person's document")
                .isEqualTo(404);
        ApiClient.Response attached =
                api().putBytes(DOCUMENTS + "/" + id + "/file?name=andes.pdf", ada, file, "application/octet-stream");
        assertThat(attached.status()).as(attached.body().toString()).isEqualTo(200);
        assertThat(attached.body().path("file").path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(api().post(DOCUMENTS + "/" + id + "/submit", ada, null).status())
                .isEqualTo(200);
        DocumentSubmitted event = submitted(id, 1);
        assertThat(event.contentType()).isEqualTo("application/pdf");
        assertThat(event.uploaderId()).isEqualTo("user-ada");

        // Waiting: its uploader and moderators read it; nobody else, nor does search find it.
        assertThat(api().get(DOCUMENTS + "/" + id, null).status()).isEqualTo(404);
        assertThat(api().get(DOCUMENTS + "/" + id, ben).status()).isEqualTo(404);
        assertThat(api().getBytes(DOCUMENTS + "/" + id + "/file", null).status())
                .isEqualTo(404);
        assertThat(api().get(DOCUMENTS + "/" + id, omar)
                        .body()
                        .path("uploaderAccount")
                        .asString())
                .isEqualTo("user-ada");
        assertThat(api().getBytes(DOCUMENTS + "/" + id + "/file", omar).body()).isEqualTo(file);
        assertThat(api().get(DOCUMENTS + "?q=" + word, null)
                        .body()
                        .path("total")
                        .asLong())
                .isZero();

        topics.publish(decision(id, 1, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get(DOCUMENTS + "/" + id, null).status() == 200);
        JsonNode found = api().get(DOCUMENTS + "?q=" + word.toUpperCase(java.util.Locale.ROOT) + "+backbone", null)
                .body();
        assertThat(found.path("items").findValuesAsString("id")).containsExactly(id);
        assertThat(api().get(DOCUMENTS + "?q=" + word + "&kind=REPORT", null)
                        .body()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(api().get(DOCUMENTS + "?q=.*", null).body().path("items").findValuesAsString("id"))
                .as("a search is words, never a pattern")
                .doesNotContain(id);

        ApiClient.Bytes download = api().getBytes(DOCUMENTS + "/" + id + "/file", null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("andes.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // Withdrawn by its uploader: out of public view, and the queue hears of it.
        assertThat(api().post(DOCUMENTS + "/" + id + "/withdraw", ada, null).status())
                .isEqualTo(200);
        assertThat(api().get(DOCUMENTS + "/" + id, null).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.readAll(Topics.COMMUNITY).stream()
                        .anyMatch(r -> r.event() instanceof DocumentWithdrawn w
                                && w.documentId().equals(id)));
    }

    @Test
    void aFileIsWhatItsBytesSayNotWhatItsNameSays() throws Exception {
        String ada = TestUsers.stakeholder("Ada");
        String id = describe(ada, "What a file is");
        byte[] program = new byte[64];
        program[0] = 'M';
        program[1] = 'Z';
        ApiClient.Response exe =
                api().putBytes(DOCUMENTS + "/" + id + "/file?name=report.pdf", ada, program, "application/pdf");
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.text("type")).endsWith("file-type-not-kept");
        ApiClient.Response html = api().putBytes(
                        DOCUMENTS + "/" + id + "/file?name=slides.pptx",
                        ada,
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(html.text("type")).endsWith("file-type-not-kept");
        ApiClient.Response broken = api().putBytes(
                        DOCUMENTS + "/" + id + "/file?name=broken.pdf",
                        ada,
                        "%PDF-1.7 nothing more".getBytes(StandardCharsets.UTF_8),
                        "application/pdf");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.text("type")).endsWith("pdf-unreadable");
        ApiClient.Response large = api().putBytes(
                        DOCUMENTS + "/" + id + "/file?name=big.pdf",
                        ada,
                        new byte[5 * 1024 * 1024 + 1],
                        "application/pdf");
        assertThat(large.text("type")).endsWith("file-too-large");
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("payload.bin"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(api().putBytes(
                                DOCUMENTS + "/" + id + "/file?name=notes.docx",
                                ada,
                                plainZip.toByteArray(),
                                "application/zip")
                        .text("type"))
                .as("a zip is not a Word document because of its name")
                .endsWith("file-type-not-kept");
        byte[] unknown = new byte[256];
        new java.util.Random(7).nextBytes(unknown);
        unknown[0] = 0x13;
        assertThat(api().putBytes(DOCUMENTS + "/" + id + "/file?name=notes.doc", ada, unknown, "application/msword")
                        .text("type"))
                .as("bytes Tika knows nothing of")
                .endsWith("file-type-not-kept");

        ApiClient.Response word =
                api().putBytes(DOCUMENTS + "/" + id + "/file?name=notes.docx", ada, docx(), "text/plain");
        assertThat(word.status()).as(word.body().toString()).isEqualTo(200);
        assertThat(word.body().path("file").path("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(word.body().path("file").path("name").asString()).isEqualTo("notes.docx");
    }

    @Test
    void aRejectedDocumentGoesBackToItsUploaderWithTheModeratorsWordsAndComesBackChanged() throws Exception {
        String ada = TestUsers.stakeholder("Ada");
        String id = describe(ada, "Buy our routers");
        api().putBytes(
                        DOCUMENTS + "/" + id + "/file?name=ad.pdf",
                        ada,
                        pdf("Routers at half price."),
                        "application/pdf");
        api().post(DOCUMENTS + "/" + id + "/submit", ada, null);
        submitted(id, 1);
        ModerationDecided rejected = decision(id, 1, Decision.REJECTED);
        topics.publish(rejected);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        "REJECTED".equals(api().get(DOCUMENTS + "/" + id, ada).text("status")));
        JsonNode mine = api().get(DOCUMENTS + "/mine", ada).body();
        JsonNode it = java.util.stream.StreamSupport.stream(mine.spliterator(), false)
                .filter(d -> d.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(it.path("messageFromModerator").asString()).isEqualTo("This is an advertisement, not a case study.");

        ApiClient.Response current = api().get(DOCUMENTS + "/" + id, ada);
        assertThat(api().put(
                                DOCUMENTS + "/" + id,
                                ada,
                                Map.of(
                                        "title", "Shared routers for village networks",
                                        "description", "How twelve villages share their routers.",
                                        "kind", "CASE_STUDY"),
                                current.etag().orElseThrow())
                        .status())
                .isEqualTo(200);
        api().post(DOCUMENTS + "/" + id + "/submit", ada, null);
        submitted(id, 2);
        topics.publish(decision(id, 2, Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get(DOCUMENTS + "/" + id, null).status() == 200);
        // A decision on the first revision that comes late (another event than the one applied) no longer
        // applies: the document stays public.
        topics.publish(decision(id, 1, Decision.REJECTED));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> api().get(DOCUMENTS + "/" + id, null).status() == 200);
        assertThat(api().get(DOCUMENTS + "/" + id, null).text("title"))
                .isEqualTo("Shared routers for village networks");

        // Harmful after all: a moderator takes it down, and its uploader reads why.
        String omar = TestUsers.moderator("Omar");
        assertThat(api().post(DOCUMENTS + "/" + id + "/withdraw", TestUsers.stakeholder("Ben"), null)
                        .status())
                .isEqualTo(404);
        assertThat(api().post(DOCUMENTS + "/" + id + "/withdraw", omar, null).status())
                .isEqualTo(200);
        assertThat(api().get(DOCUMENTS + "/" + id, null).status()).isEqualTo(404);
        assertThat(api().getBytes(DOCUMENTS + "/" + id + "/file", null).status())
                .isEqualTo(404);
        assertThat(api().get(DOCUMENTS + "/" + id, ada).text("status")).isEqualTo("WITHDRAWN");

        ApiClient.Response refused = api().post(
                        DOCUMENTS,
                        ada,
                        Map.of(
                                "title",
                                "ab",
                                "description",
                                "short",
                                "kind",
                                "BROCHURE",
                                "about",
                                Map.of("kind", "PLANET", "id", "x")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("title", "description", "kind", "about.kind");
        assertThat(api().post(DOCUMENTS, null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void anAccountSharesSoManyDocumentsADayAndModeratorsReadOnlyWhatWasSent() {
        String quentin = TestUsers.stakeholder("Quentin");
        String first = describe(quentin, "Document 1");
        for (int i = 2; i <= 6; i++) {
            describe(quentin, "Document " + i);
        }
        ApiClient.Response seventh = api().post(
                        DOCUMENTS,
                        quentin,
                        Map.of(
                                "title",
                                "Document 7",
                                "description",
                                "One document too many for a day.",
                                "kind",
                                "OTHER"));
        assertThat(seventh.status()).isEqualTo(409);
        assertThat(seventh.text("type")).endsWith("too-many-documents");
        assertThat(api().get(DOCUMENTS + "/" + first, TestUsers.moderator("Omar"))
                        .status())
                .as("a draft never sent is its uploader's alone")
                .isEqualTo(404);
    }

    @Test
    void anEntrysOwnerGivesItALogoAPictureModeratedLikeAnyDocument() throws Exception {
        String entryId = UUID.randomUUID().toString();
        topics.publish(new org.wsis.contracts.entry.EntryPublished(
                UUID.randomUUID(),
                Instant.now(),
                entryId,
                1,
                "Connecting 500 schools",
                "Ministry of Education",
                List.of(org.wsis.contracts.ActionLine.C2),
                new org.wsis.contracts.Recipient("user-amina", "amina@example.org", "Amina", "en")));
        String amina = TestUsers.stakeholder("Amina");
        String ben = TestUsers.stakeholder("Ben");
        Map<String, Object> logo = Map.of(
                "title", "Our logo",
                "description", "The programme's logo, for its page.",
                "kind", "LOGO",
                "about", Map.of("kind", "ENTRY", "id", entryId));
        ApiClient.Response described = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().post(DOCUMENTS, amina, logo), r -> r.status() == 201);
        String id = described.text("id");
        ApiClient.Response notTheOwner = api().post(DOCUMENTS, ben, logo);
        assertThat(notTheOwner.status()).isEqualTo(400);
        assertThat(notTheOwner.text("type")).endsWith("logo-not-allowed");

        api().putBytes(DOCUMENTS + "/" + id + "/file?name=logo.pdf", amina, pdf("Not a picture."), "application/pdf");
        assertThat(api().post(DOCUMENTS + "/" + id + "/submit", amina, null).text("type"))
                .endsWith("logo-not-a-picture");
        java.awt.image.BufferedImage picture =
                new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        api().putBytes(DOCUMENTS + "/" + id + "/file?name=logo.png", amina, png.toByteArray(), "image/png");
        assertThat(api().post(DOCUMENTS + "/" + id + "/submit", amina, null).status())
                .isEqualTo(200);
        assertThat(api().get(DOCUMENTS + "/logo?entry=" + entryId, null).status())
                .as("no logo before a moderator approves it")
                .isEqualTo(404);
        topics.publish(decision(id, submitted(id, 1).revision(), Decision.APPROVED));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        api().get(DOCUMENTS + "/logo?entry=" + entryId, null).status() == 200);
        assertThat(api().get(DOCUMENTS + "/logo?entry=" + entryId, null).text("id"))
                .isEqualTo(id);
    }
}
