package org.wsis.contracts.prize;

import java.util.Arrays;
import java.util.Optional;
import org.wsis.contracts.ActionLine;

/**
 * The 18 WSIS Prizes categories, stable since 2013. Each belongs to one action line; C7 (ICT
 * applications) is split into eight. Categories travel on the wire by their number.
 */
public enum PrizeCategory {
    CATEGORY_1(
            1,
            ActionLine.C1,
            "The role of public governance authorities and all stakeholders in the promotion of ICTs for development"),
    CATEGORY_2(2, ActionLine.C2, "Information and communication infrastructure"),
    CATEGORY_3(3, ActionLine.C3, "Access to information and knowledge"),
    CATEGORY_4(4, ActionLine.C4, "Capacity building"),
    CATEGORY_5(5, ActionLine.C5, "Building confidence and security in the use of ICTs"),
    CATEGORY_6(6, ActionLine.C6, "Enabling environment"),
    CATEGORY_7(7, ActionLine.C7, "ICT applications: E-government"),
    CATEGORY_8(8, ActionLine.C7, "ICT applications: E-business"),
    CATEGORY_9(9, ActionLine.C7, "ICT applications: E-learning"),
    CATEGORY_10(10, ActionLine.C7, "ICT applications: E-health"),
    CATEGORY_11(11, ActionLine.C7, "ICT applications: E-employment"),
    CATEGORY_12(12, ActionLine.C7, "ICT applications: E-environment"),
    CATEGORY_13(13, ActionLine.C7, "ICT applications: E-agriculture"),
    CATEGORY_14(14, ActionLine.C7, "ICT applications: E-science"),
    CATEGORY_15(15, ActionLine.C8, "Cultural diversity and identity, linguistic diversity and local content"),
    CATEGORY_16(16, ActionLine.C9, "Media"),
    CATEGORY_17(17, ActionLine.C10, "Ethical dimensions of the Information Society"),
    CATEGORY_18(18, ActionLine.C11, "International and regional cooperation");

    public static final int COUNT = 18;

    private final int number;
    private final ActionLine actionLine;
    private final String title;

    PrizeCategory(int number, ActionLine actionLine, String title) {
        this.number = number;
        this.actionLine = actionLine;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public ActionLine actionLine() {
        return actionLine;
    }

    public String title() {
        return title;
    }

    public static Optional<PrizeCategory> byNumber(int number) {
        return Arrays.stream(values()).filter(c -> c.number == number).findFirst();
    }
}
