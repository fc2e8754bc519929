/** A token issuer for the tests of one service, signing tokens as the realm would. */
@NullMarked
package org.wsis.testkit.infra;

import org.jspecify.annotations.NullMarked;
