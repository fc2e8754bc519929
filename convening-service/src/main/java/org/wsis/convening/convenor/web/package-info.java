@NullMarked
package org.wsis.convening.convenor.web;

import org.jspecify.annotations.NullMarked;
