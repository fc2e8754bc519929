package org.wsis.prize.edition.domain;

/**
 * An edition's own rules.
 *
 * @param completeBallotRequired a voter's ballots count only once they voted in every category
 * @param oneNominationPerEntityPerCategory an organisation nominates at most one project per category
 * @param previousWinnersIneligible an entry that won in an earlier edition cannot be nominated
 * @param championsPerCategory how many of the most voted nominees become Champions
 */
public record EditionRules(
        boolean completeBallotRequired,
        boolean oneNominationPerEntityPerCategory,
        boolean previousWinnersIneligible,
        int championsPerCategory) {

    public static final EditionRules DEFAULT = new EditionRules(false, true, true, 5);

    public EditionRules {
        if (championsPerCategory < 1 || championsPerCategory > 20) {
            throw new PrizeRuleViolation("champions-out-of-range", "An edition names 1 to 20 Champions per category.");
        }
    }
}
