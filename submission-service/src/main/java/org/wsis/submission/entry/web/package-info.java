@NullMarked
package org.wsis.submission.entry.web;

import org.jspecify.annotations.NullMarked;
