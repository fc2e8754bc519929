package org.wsis.community.repository.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wsis.community.forum.domain.About;
import org.wsis.community.repository.domain.Document;
import org.wsis.servicekit.web.FieldRules.OneOf;

/**
 * A document as its uploader describes it: its title, what it tells, what it is ({@code REPORT},
 * {@code CASE_STUDY}, {@code SUCCESS_STORY}, {@code PRESENTATION}, {@code PICTURE}, {@code LOGO}: an entry's, by
 * its owner, {@code OTHER}) and
 * optionally the public entry, issue or workshop it is about. Every broken rule is reported, field by field.
 */
public record DocumentRequest(
        @NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(min = 10, max = 2000) String description,
        @NotNull @OneOf(Document.Kind.class) String kind,
        @Nullable @Valid AboutRequest about) {

    /** What the document is about: {@code ENTRY}, {@code ISSUE} or {@code WORKSHOP}, and its id. */
    public record AboutRequest(
            @NotNull @OneOf(About.Kind.class) String kind,
            @NotBlank @Size(max = 100) String id) {}
}
