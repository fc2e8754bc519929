package org.wsis.contracts.reference;

import java.util.List;

/** The 17 Sustainable Development Goals, numbered 1 to 17. */
public final class Sdgs {

    private static final List<String> TITLES = List.of(
            "No poverty",
            "Zero hunger",
            "Good health and well-being",
            "Quality education",
            "Gender equality",
            "Clean water and sanitation",
            "Affordable and clean energy",
            "Decent work and economic growth",
            "Industry, innovation and infrastructure",
            "Reduced inequalities",
            "Sustainable cities and communities",
            "Responsible consumption and production",
            "Climate action",
            "Life below water",
            "Life on land",
            "Peace, justice and strong institutions",
            "Partnerships for the goals");

    public static final int COUNT = TITLES.size();

    private Sdgs() {}

    public static boolean isValid(int number) {
        return number >= 1 && number <= COUNT;
    }

    /** The goal's short title; {@code number} from 1 to 17. */
    public static String title(int number) {
        if (!isValid(number)) {
            throw new IllegalArgumentException("There is no SDG " + number);
        }
        return TITLES.get(number - 1);
    }
}
