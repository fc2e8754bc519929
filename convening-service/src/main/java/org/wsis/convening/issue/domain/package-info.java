@NullMarked
package org.wsis.convening.issue.domain;

import org.jspecify.annotations.NullMarked;
