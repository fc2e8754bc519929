/**
 * The moderated life every convening item shares (a profile, an issue): the rules in {@code domain}, their
 * stored form in {@code mongo}.
 */
@NullMarked
package org.wsis.convening.publication;

import org.jspecify.annotations.NullMarked;
