package org.wsis.contracts.reference;

/** The five objectives of the Global Digital Compact (2024). */
public enum GdcObjective {
    GDC1("Close all digital divides and accelerate progress across the Sustainable Development Goals"),
    GDC2("Expand inclusion in and benefits from the digital economy for all"),
    GDC3("Foster an inclusive, open, safe and secure digital space that respects, protects and promotes human rights"),
    GDC4("Advance responsible, equitable and interoperable data governance approaches"),
    GDC5("Enhance international governance of artificial intelligence for the benefit of humanity");

    private final String title;

    GdcObjective(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
