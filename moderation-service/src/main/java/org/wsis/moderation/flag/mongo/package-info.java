/** The flag feature's MongoDB storage: the flags, each account's recent flags, and the entries now public. */
@NullMarked
package org.wsis.moderation.flag.mongo;

import org.jspecify.annotations.NullMarked;
