/** Sign-in with Keycloak, tokens kept in the session, CSRF and the browser's security headers. */
@NullMarked
package org.wsis.portal.security;

import org.jspecify.annotations.NullMarked;
