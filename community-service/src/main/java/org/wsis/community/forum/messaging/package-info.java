@NullMarked
package org.wsis.community.forum.messaging;

import org.jspecify.annotations.NullMarked;
