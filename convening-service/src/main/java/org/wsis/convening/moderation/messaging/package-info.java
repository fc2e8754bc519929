@NullMarked
package org.wsis.convening.moderation.messaging;

import org.jspecify.annotations.NullMarked;
