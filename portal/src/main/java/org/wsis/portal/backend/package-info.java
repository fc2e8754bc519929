/** The services as the pages call them, with the signed-in person's token. */
@NullMarked
package org.wsis.portal.backend;

import org.jspecify.annotations.NullMarked;
