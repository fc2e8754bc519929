/**
 * The rules that weigh a community flag: which flags count towards hiding an entry, how many count, and
 * how many flags one account may raise in a while. Plain Java.
 */
@NullMarked
package org.wsis.moderation.flag.domain;

import org.jspecify.annotations.NullMarked;
