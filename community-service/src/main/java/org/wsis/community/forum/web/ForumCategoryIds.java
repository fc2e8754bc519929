package org.wsis.community.forum.web;

/** How a request names a forum category, and what it is told when the name is not one. */
final class ForumCategoryIds {

    static final String PATTERN = "general|stocktaking|prizes|convening|c[1-9]|c1[01]";
    static final String MESSAGE = "must be a forum category: general, stocktaking, prizes, convening or c1 to c11";

    private ForumCategoryIds() {}
}
