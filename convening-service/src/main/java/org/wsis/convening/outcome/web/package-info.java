@NullMarked
package org.wsis.convening.outcome.web;

import org.jspecify.annotations.NullMarked;
