@NullMarked
package org.wsis.convening.programme.web;

import org.jspecify.annotations.NullMarked;
