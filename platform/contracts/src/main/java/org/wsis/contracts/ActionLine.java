package org.wsis.contracts;

/** The eleven WSIS Action Lines of the Geneva Plan of Action. */
public enum ActionLine {
    C1("The role of public governance authorities and all stakeholders in the promotion of ICTs for development"),
    C2("Information and communication infrastructure"),
    C3("Access to information and knowledge"),
    C4("Capacity building"),
    C5("Building confidence and security in the use of ICTs"),
    C6("Enabling environment"),
    C7("ICT applications"),
    C8("Cultural diversity and identity, linguistic diversity and local content"),
    C9("Media"),
    C10("Ethical dimensions of the Information Society"),
    C11("International and regional cooperation");

    private final String title;

    ActionLine(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
