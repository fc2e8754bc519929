/** Events about a person's account as a whole ({@code wsis.account.v1}). */
@NullMarked
package org.wsis.contracts.account;

import org.jspecify.annotations.NullMarked;
