/**
 * The public event API of the WSIS platform: topic names, the CloudEvents envelope, and one sealed
 * interface of immutable records per stream. What is here is on the wire between services, so a
 * change is either additive (a new optional field) or a new major topic.
 */
@NullMarked
package org.wsis.contracts;

import org.jspecify.annotations.NullMarked;
