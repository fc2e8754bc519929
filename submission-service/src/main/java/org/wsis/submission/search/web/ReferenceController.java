package org.wsis.submission.search.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.Countries;
import org.wsis.contracts.reference.GdcObjective;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.Sdgs;
import org.wsis.contracts.reference.StakeholderType;

/** The codes an entry uses, with their titles, for forms and for reading statistics. */
@RestController
public class ReferenceController {

    public record Coded(String code, String title) {}

    public record CountryView(String code, String name, String region) {}

    public record Reference(
            List<Coded> actionLines,
            List<Coded> sdgs,
            List<Coded> gdcObjectives,
            List<Coded> stakeholderTypes,
            List<Coded> regions,
            List<CountryView> countries) {}

    private static final Reference REFERENCE = new Reference(
            Arrays.stream(ActionLine.values())
                    .map(a -> new Coded(a.name(), a.title()))
                    .toList(),
            IntStream.rangeClosed(1, Sdgs.COUNT)
                    .mapToObj(n -> new Coded(String.valueOf(n), Sdgs.title(n)))
                    .toList(),
            Arrays.stream(GdcObjective.values())
                    .map(g -> new Coded(g.name(), g.title()))
                    .toList(),
            Arrays.stream(StakeholderType.values())
                    .map(s -> new Coded(s.name(), s.label()))
                    .toList(),
            Arrays.stream(ItuRegion.values())
                    .map(r -> new Coded(r.name(), r.label()))
                    .toList(),
            Countries.all().stream()
                    .map(c -> new CountryView(c.code(), c.name(), c.region().name()))
                    .toList());

    @GetMapping("/api/reference")
    public Reference reference() {
        return REFERENCE;
    }
}
