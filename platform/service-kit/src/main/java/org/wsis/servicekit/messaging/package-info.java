@NullMarked
package org.wsis.servicekit.messaging;

import org.jspecify.annotations.NullMarked;
