@NullMarked
package org.wsis.convening.contact;

import org.jspecify.annotations.NullMarked;
