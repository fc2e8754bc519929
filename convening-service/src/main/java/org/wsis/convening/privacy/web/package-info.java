@NullMarked
package org.wsis.convening.privacy.web;

import org.jspecify.annotations.NullMarked;
