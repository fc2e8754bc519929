@NullMarked
package org.wsis.convening.workshop.domain;

import org.jspecify.annotations.NullMarked;
