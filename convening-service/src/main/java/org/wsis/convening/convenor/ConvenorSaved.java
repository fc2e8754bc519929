package org.wsis.convening.convenor;

/** A convenor was written; whoever keeps a view of convenors (the directory) brings it up to date. */
public record ConvenorSaved(String convenorId) {}
