@NullMarked
package org.wsis.community.privacy.messaging;

import org.jspecify.annotations.NullMarked;
