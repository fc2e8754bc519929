package org.wsis.convening.directory;

import java.util.List;

/**
 * Issues of one year that address a similar issue, from several convenors, named by what they most share.
 */
public record Theme(String name, List<String> terms, int convenors, List<IssueCard> issues) {}
