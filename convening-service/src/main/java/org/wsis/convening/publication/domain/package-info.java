@NullMarked
package org.wsis.convening.publication.domain;

import org.jspecify.annotations.NullMarked;
