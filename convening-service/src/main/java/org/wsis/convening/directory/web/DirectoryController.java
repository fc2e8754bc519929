package org.wsis.convening.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.convening.directory.ConvenorCard;
import org.wsis.convening.directory.Directory;
import org.wsis.convening.directory.DirectoryQuery;
import org.wsis.convening.directory.DirectoryResult;
import org.wsis.convening.directory.IssueCard;
import org.wsis.convening.directory.SimilarIssue;
import org.wsis.convening.directory.Theme;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;

/**
 * The public directory of convenors and their issues, without sign-in: search with filters and facet counts,
 * similar issues, and the themes of a year. Repeating a filter ({@code actionLine=C2&actionLine=C4}) means
 * either; different filters all apply.
 */
@RestController
@RequestMapping("/api/convening")
@Validated
public class DirectoryController {

    private final Directory directory;

    public DirectoryController(Directory directory) {
        this.directory = directory;
    }

    /** The filters of both directories. */
    public record Filters(
            @Nullable @Size(max = 500) @MaxWords(32) String q,
            @Nullable List<@OneOf(ActionLine.class) String> actionLine,
            @Nullable List<@NotNull @Min(1) @Max(17) Integer> sdg,
            @Nullable List<@NotNull @Min(2003) @Max(2100) Integer> year,
            @Nullable List<@OneOf(StakeholderType.class) String> stakeholderType,
            @Nullable List<@OneOf(ItuRegion.class) String> region,
            @Nullable List<@KnownCountry String> country) {

        DirectoryQuery query(int page, int size) {
            return new DirectoryQuery(
                    q,
                    orEmpty(actionLine),
                    strings(sdg),
                    strings(year),
                    orEmpty(stakeholderType),
                    orEmpty(region),
                    orEmpty(country),
                    page,
                    size);
        }
    }

    @GetMapping("/issues")
    public DirectoryResult<IssueCard> issues(
            @ParameterObject @Valid Filters filters,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return directory.issues(filters.query(page, size));
    }

    @GetMapping("/convenors")
    public DirectoryResult<ConvenorCard> convenors(
            @ParameterObject @Valid Filters filters,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return directory.convenors(filters.query(page, size));
    }

    /** The issues of other convenors most similar to a public issue, best first, each with why. */
    @GetMapping("/issues/{id}/similar")
    public List<SimilarIssue> similar(
            @PathVariable String id, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return directory.similarTo(id, limit);
    }

    /**
     * A year's issues grouped into themes, each from several convenors, largest first; without a year, the
     * latest year with a public issue.
     */
    @GetMapping("/themes")
    public List<Theme> themes(@RequestParam(required = false) @Nullable @Min(2003) @Max(2100) Integer year) {
        return directory.themes(year);
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> strings(@Nullable List<Integer> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }
}
