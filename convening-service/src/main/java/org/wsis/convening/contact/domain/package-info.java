@NullMarked
package org.wsis.convening.contact.domain;

import org.jspecify.annotations.NullMarked;
