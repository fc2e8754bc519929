@NullMarked
package org.wsis.servicekit.security;

import org.jspecify.annotations.NullMarked;
