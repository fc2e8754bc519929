/** How shared values are stored in MongoDB documents. */
@NullMarked
package org.wsis.servicekit.mongo;

import org.jspecify.annotations.NullMarked;
