/** What every service needs to honour a person's erasure: pseudonyms and the record of erased accounts. */
@NullMarked
package org.wsis.servicekit.privacy;

import org.jspecify.annotations.NullMarked;
