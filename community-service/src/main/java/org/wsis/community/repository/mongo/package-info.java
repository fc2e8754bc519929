@NullMarked
package org.wsis.community.repository.mongo;

import org.jspecify.annotations.NullMarked;
