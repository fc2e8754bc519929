@NullMarked
package org.wsis.convening.convenor.domain;

import org.jspecify.annotations.NullMarked;
