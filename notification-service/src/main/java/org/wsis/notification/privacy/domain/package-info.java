@NullMarked
package org.wsis.notification.privacy.domain;

import org.jspecify.annotations.NullMarked;
