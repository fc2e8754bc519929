/** Helpers for exports that services stream to their users. */
@NullMarked
package org.wsis.servicekit.export;

import org.jspecify.annotations.NullMarked;
