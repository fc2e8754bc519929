@NullMarked
package org.wsis.convening.publication.mongo;

import org.jspecify.annotations.NullMarked;
