package org.wsis.moderation.tidy.second;

/** A feature nothing below depends on. */
public class Below {}
