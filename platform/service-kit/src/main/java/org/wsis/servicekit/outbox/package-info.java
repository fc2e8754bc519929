@NullMarked
package org.wsis.servicekit.outbox;

import org.jspecify.annotations.NullMarked;
