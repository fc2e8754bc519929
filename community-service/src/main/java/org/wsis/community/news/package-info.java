/** The newsroom: posts by editors in the six UN languages (English required) with a summary and an image, public pages, an Atom feed per language, and a mail to the people who asked for the news when a post is first published. */
@NullMarked
package org.wsis.community.news;

import org.jspecify.annotations.NullMarked;
