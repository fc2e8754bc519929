/**
 * What every application of the platform that faces a network shares, the services and the portal alike:
 * {@link org.wsis.productionguard.ProductionSecretsCheck} refuses to start in production on a missing,
 * committed or placeholder secret, and {@link org.wsis.productionguard.ForwardedHeadersDefaults} trusts
 * {@code X-Forwarded-*} only from the configured proxies.
 */
@NullMarked
package org.wsis.productionguard;

import org.jspecify.annotations.NullMarked;
