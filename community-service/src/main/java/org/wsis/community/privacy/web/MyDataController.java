package org.wsis.community.privacy.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.community.privacy.PersonalData;
import org.wsis.servicekit.security.Caller;

/**
 * A person's own data in the community: the threads they started, every post they wrote, what they follow, the
 * newsroom's posts they began, the documents they uploaded.
 */
@RestController
public class MyDataController {

    private final PersonalData personalData;

    public MyDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    public record MyData(
            List<StartedThread> threads,
            List<WrittenPost> posts,
            List<Followed> following,
            List<BegunNews> news,
            List<Uploaded> documents) {

        /** A thread the person started. */
        public record StartedThread(String id, String title, String category, Instant startedAt) {}

        /** A post the person wrote, as they wrote it, and where it stands. */
        public record WrittenPost(
                String id,
                String threadId,
                String markdown,
                String status,
                Instant postedAt,
                @Nullable Instant editedAt) {}

        /** A thread the person follows, and since when. */
        public record Followed(String threadId, Instant since) {}

        /** A post of the newsroom the person began as an editor: its English title, where it stands. */
        public record BegunNews(String id, String title, String status, Instant createdAt) {}

        /** A document the person uploaded to the repository, and where it stands. */
        public record Uploaded(String id, String title, String description, String status, Instant createdAt) {}
    }

    @GetMapping("/api/community/mine/export")
    public MyData export(Caller caller) {
        PersonalData.Held held = personalData.of(caller.userId());
        return new MyData(
                held.threads().stream()
                        .map(t -> new MyData.StartedThread(
                                t.id(), t.title(), t.category().id(), t.startedAt()))
                        .toList(),
                held.posts().stream()
                        .map(p -> new MyData.WrittenPost(
                                p.id(),
                                p.state().threadId(),
                                p.state().text().markdown(),
                                p.state().status().name(),
                                p.state().postedAt(),
                                p.state().editedAt()))
                        .toList(),
                held.following().stream()
                        .map(f -> new MyData.Followed(f.threadId(), f.since()))
                        .toList(),
                held.news().stream()
                        .map(n -> new MyData.BegunNews(
                                n.id(),
                                n.state().translations().get("en").title(),
                                n.state().status().name(),
                                n.state().createdAt()))
                        .toList(),
                held.documents().stream()
                        .map(d -> new MyData.Uploaded(
                                d.id(),
                                d.state().title(),
                                d.state().description(),
                                d.state().status().name(),
                                d.state().createdAt()))
                        .toList());
    }
}
