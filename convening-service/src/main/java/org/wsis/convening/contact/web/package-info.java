@NullMarked
package org.wsis.convening.contact.web;

import org.jspecify.annotations.NullMarked;
