/** What the service does when a person erases their account. */
@NullMarked
package org.wsis.convening.privacy;

import org.jspecify.annotations.NullMarked;
