package org.wsis.submission.entry.domain;

import java.time.LocalDate;
import java.util.List;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.StakeholderType;

/** Entry details for domain tests. */
public final class SampleDetails {

    private SampleDetails() {}

    public static EntryDetails titled(String title) {
        return new EntryDetails(
                title,
                "Ministry of Digital Economy",
                StakeholderType.GOVERNMENT,
                "KE",
                List.of(ActionLine.C2),
                List.of(4, 9),
                List.of(),
                "Connects rural schools with community networks.",
                "",
                EntryDetails.Impact.NONE,
                "",
                "",
                LocalDate.of(2024, 1, 15),
                null,
                null,
                null,
                List.of("en"),
                List.of("broadband"));
    }
}
