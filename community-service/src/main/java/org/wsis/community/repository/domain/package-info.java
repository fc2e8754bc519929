@NullMarked
package org.wsis.community.repository.domain;

import org.jspecify.annotations.NullMarked;
