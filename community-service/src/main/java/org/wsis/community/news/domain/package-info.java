@NullMarked
package org.wsis.community.news.domain;

import org.jspecify.annotations.NullMarked;
