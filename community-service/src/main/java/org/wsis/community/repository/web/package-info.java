@NullMarked
package org.wsis.community.repository.web;

import org.jspecify.annotations.NullMarked;
