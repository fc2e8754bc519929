@NullMarked
package org.wsis.moderation.flag.messaging;

import org.jspecify.annotations.NullMarked;
