@NullMarked
package org.wsis.community.forum.domain;

import org.jspecify.annotations.NullMarked;
