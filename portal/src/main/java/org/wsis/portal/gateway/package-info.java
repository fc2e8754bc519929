/** {@code /api/**} relayed to the services: one public origin for browsers and API clients. */
@NullMarked
package org.wsis.portal.gateway;

import org.jspecify.annotations.NullMarked;
