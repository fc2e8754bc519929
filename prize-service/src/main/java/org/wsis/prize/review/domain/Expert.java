package org.wsis.prize.review.domain;

import org.jspecify.annotations.Nullable;

/**
 * An expert as their token names them.
 *
 * @param userId their account
 * @param name how admins know them
 * @param organisation the organisation they work for, from their profile, if they gave one
 */
public record Expert(String userId, String name, @Nullable String organisation) {}
