@NullMarked
package org.wsis.convening.contact.mongo;

import org.jspecify.annotations.NullMarked;
