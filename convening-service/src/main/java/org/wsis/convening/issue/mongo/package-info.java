@NullMarked
package org.wsis.convening.issue.mongo;

import org.jspecify.annotations.NullMarked;
