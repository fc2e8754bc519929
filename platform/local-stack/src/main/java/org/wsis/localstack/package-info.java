/** The one-command local platform: infrastructure in-process, services as child processes. */
@NullMarked
package org.wsis.localstack;

import org.jspecify.annotations.NullMarked;
