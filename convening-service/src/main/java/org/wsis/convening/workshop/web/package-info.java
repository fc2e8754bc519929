@NullMarked
package org.wsis.convening.workshop.web;

import org.jspecify.annotations.NullMarked;
