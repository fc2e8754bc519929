@NullMarked
package org.wsis.community.forum.web;

import org.jspecify.annotations.NullMarked;
