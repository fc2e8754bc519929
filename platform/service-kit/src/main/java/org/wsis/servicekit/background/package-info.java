/** Background workers: a named thread that repeats a step between a service's start and stop. */
@NullMarked
package org.wsis.servicekit.background;

import org.jspecify.annotations.NullMarked;
