@NullMarked
package org.wsis.community.privacy.web;

import org.jspecify.annotations.NullMarked;
