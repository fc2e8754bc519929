/** HTTP conventions every service shares. */
@NullMarked
package org.wsis.servicekit.web;

import org.jspecify.annotations.NullMarked;
