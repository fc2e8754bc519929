package org.wsis.community.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply, or a post's new text, in Markdown (HTML typed in it is shown as text, never as markup). */
public record PostRequest(
        @NotBlank @Size(max = PostRequest.MAX_BODY) String body) {

    /** The longest post, in characters. */
    public static final int MAX_BODY = 10_000;
}
