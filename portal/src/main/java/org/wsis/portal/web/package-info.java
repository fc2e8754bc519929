/** The pages: server-rendered with Thymeleaf, in six languages, working without JavaScript. */
@NullMarked
package org.wsis.portal.web;

import org.jspecify.annotations.NullMarked;
