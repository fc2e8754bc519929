@NullMarked
package org.wsis.convening.issue.web;

import org.jspecify.annotations.NullMarked;
