@NullMarked
package org.wsis.convening.programme.domain;

import org.jspecify.annotations.NullMarked;
