package org.wsis.contracts.reference;

/** The six ITU regions; every country belongs to exactly one. */
public enum ItuRegion {
    AFR("Africa"),
    AMS("Americas"),
    ARB("Arab States"),
    ASP("Asia-Pacific"),
    CIS("CIS"),
    EUR("Europe");

    private final String label;

    ItuRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
