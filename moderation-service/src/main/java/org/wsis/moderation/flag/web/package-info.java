/** The flag endpoint; its refusals are answered by the kit (409, and 429 with {@code Retry-After}). */
@NullMarked
package org.wsis.moderation.flag.web;

import org.jspecify.annotations.NullMarked;
