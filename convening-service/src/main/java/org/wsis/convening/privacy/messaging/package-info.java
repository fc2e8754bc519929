@NullMarked
package org.wsis.convening.privacy.messaging;

import org.jspecify.annotations.NullMarked;
