/** The flag endpoint and its refusals as problem details. */
@NullMarked
package org.wsis.moderation.flag.web;

import org.jspecify.annotations.NullMarked;
