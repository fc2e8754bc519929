package org.wsis.community.forum.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wsis.community.forum.domain.About;
import org.wsis.servicekit.web.FieldRules.OneOf;

/**
 * A new thread: its category ({@code general}, {@code stocktaking}, {@code prizes}, {@code convening},
 * {@code c1}..{@code c11}), title, first post in Markdown, and optionally the public entry, convenor's issue or
 * workshop it discusses. Every broken rule is reported, field by field.
 */
public record ThreadRequest(
        @NotBlank @Pattern(regexp = ForumCategoryIds.PATTERN, message = ForumCategoryIds.MESSAGE)
        String categoryId,

        @NotBlank @Size(min = 3, max = 150) String title,
        @NotBlank @Size(max = PostRequest.MAX_BODY) String body,
        @Nullable @Valid AboutRequest about) {

    /** What the thread discusses: {@code ENTRY}, {@code ISSUE} or {@code WORKSHOP}, and its id. */
    public record AboutRequest(
            @NotNull @OneOf(About.Kind.class) String kind,
            @NotBlank @Size(max = 100) String id) {}
}
