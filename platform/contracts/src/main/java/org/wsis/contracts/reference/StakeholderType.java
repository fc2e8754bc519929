package org.wsis.contracts.reference;

/** The kind of entity that reports an activity. */
public enum StakeholderType {
    GOVERNMENT("Government"),
    INTERNATIONAL_ORGANIZATION("International organization"),
    PRIVATE_SECTOR("Private sector"),
    CIVIL_SOCIETY("Civil society"),
    ACADEMIA("Academia"),
    OTHER("Other");

    private final String label;

    StakeholderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
