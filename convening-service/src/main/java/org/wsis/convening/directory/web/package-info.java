@NullMarked
package org.wsis.convening.directory.web;

import org.jspecify.annotations.NullMarked;
