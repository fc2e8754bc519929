@NullMarked
package org.wsis.convening.issue.messaging;

import org.jspecify.annotations.NullMarked;
