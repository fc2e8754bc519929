/**
 * A person's own data: what the service holds about them (their export), and the erasure of their
 * account, which this service records and announces to every service on {@code wsis.account.v1}.
 */
@NullMarked
package org.wsis.notification.privacy;

import org.jspecify.annotations.NullMarked;
