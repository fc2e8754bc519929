@NullMarked
package org.wsis.community.news.web;

import org.jspecify.annotations.NullMarked;
