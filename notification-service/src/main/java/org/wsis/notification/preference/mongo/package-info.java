/** The preference feature's MongoDB storage: the people written to, who owns which entry, each edition's nominees. */
@NullMarked
package org.wsis.notification.preference.mongo;

import org.jspecify.annotations.NullMarked;
