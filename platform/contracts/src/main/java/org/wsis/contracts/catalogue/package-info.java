/** The catalogue of the platform's streams, as an AsyncAPI document and as records for pages. */
@NullMarked
package org.wsis.contracts.catalogue;

import org.jspecify.annotations.NullMarked;
