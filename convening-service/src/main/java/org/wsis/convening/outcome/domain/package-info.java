@NullMarked
package org.wsis.convening.outcome.domain;

import org.jspecify.annotations.NullMarked;
