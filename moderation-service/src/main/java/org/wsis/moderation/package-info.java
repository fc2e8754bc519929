@NullMarked
package org.wsis.moderation;

import org.jspecify.annotations.NullMarked;
