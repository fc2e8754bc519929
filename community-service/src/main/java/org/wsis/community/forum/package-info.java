/** The forum: categories per action line and general ones, threads on a topic, an entry, a convenor's issue or a workshop, replies in sanitised Markdown, subscriptions, locks and moves by moderators. */
@NullMarked
package org.wsis.community.forum;

import org.jspecify.annotations.NullMarked;
