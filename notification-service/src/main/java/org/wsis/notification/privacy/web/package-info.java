@NullMarked
package org.wsis.notification.privacy.web;

import org.jspecify.annotations.NullMarked;
