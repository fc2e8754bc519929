@NullMarked
package org.wsis.notification.preference.domain;

import org.jspecify.annotations.NullMarked;
