@NullMarked
package org.wsis.community.news.mongo;

import org.jspecify.annotations.NullMarked;
