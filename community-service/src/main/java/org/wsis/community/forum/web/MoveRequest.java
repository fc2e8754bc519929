package org.wsis.community.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Where a moderator moves a thread: a category's id. */
public record MoveRequest(
        @NotBlank @Pattern(regexp = ForumCategoryIds.PATTERN, message = ForumCategoryIds.MESSAGE)
        String categoryId) {}
