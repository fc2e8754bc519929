package org.wsis.community.forum.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.ActionLine;

/**
 * The forum's categories: one per WSIS Action Line, and general ones for the process as a whole. A category
 * is named in URLs and events by its {@link #id()} ({@code general}, {@code c1}...).
 */
public enum ForumCategory {
    GENERAL(null),
    STOCKTAKING(null),
    PRIZES(null),
    CONVENING(null),
    C1(ActionLine.C1),
    C2(ActionLine.C2),
    C3(ActionLine.C3),
    C4(ActionLine.C4),
    C5(ActionLine.C5),
    C6(ActionLine.C6),
    C7(ActionLine.C7),
    C8(ActionLine.C8),
    C9(ActionLine.C9),
    C10(ActionLine.C10),
    C11(ActionLine.C11);

    private final @Nullable ActionLine actionLine;

    ForumCategory(@Nullable ActionLine actionLine) {
        this.actionLine = actionLine;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action line the category discusses; none for a general one. */
    public @Nullable ActionLine actionLine() {
        return actionLine;
    }

    public static Optional<ForumCategory> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
