/** The privacy feature over HTTP (controllers and their requests and views). */
@NullMarked
package org.wsis.moderation.privacy.web;

import org.jspecify.annotations.NullMarked;
