package org.wsis.convening.venue.domain;

import java.util.Collection;
import org.wsis.contracts.reference.StakeholderType;

/**
 * What makes a workshop multi-stakeholder at a venue: at least {@code minConvenors} invited convenors
 * accepted, of at least {@code minStakeholderTypes} stakeholder types between them.
 */
public record MultiStakeholderRule(int minConvenors, int minStakeholderTypes) {

    public static final MultiStakeholderRule DEFAULT = new MultiStakeholderRule(2, 2);

    /** Whether the invited convenors who accepted, given by their stakeholder types, meet the rule. */
    public boolean metBy(Collection<StakeholderType> accepted) {
        return accepted.size() >= minConvenors && accepted.stream().distinct().count() >= minStakeholderTypes;
    }
}
