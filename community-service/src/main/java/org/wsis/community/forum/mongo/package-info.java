@NullMarked
package org.wsis.community.forum.mongo;

import org.jspecify.annotations.NullMarked;
