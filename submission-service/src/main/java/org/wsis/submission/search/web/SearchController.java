package org.wsis.submission.search.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.reference.ItuRegion;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.servicekit.export.Csv;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.web.FieldRules.KnownCountry;
import org.wsis.servicekit.web.FieldRules.MaxWords;
import org.wsis.servicekit.web.FieldRules.OneOf;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryStatus;
import org.wsis.submission.entry.web.EntryView;
import org.wsis.submission.search.EntrySearch;
import org.wsis.submission.search.SearchQuery;
import org.wsis.submission.search.SearchResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding entries. Published entries are searched without login; {@code mine=true} searches the
 * caller's own entries in every status. Repeating a filter ({@code actionLine=C2&actionLine=C4}) means
 * either; different filters all apply.
 */
@RestController
@RequestMapping("/api/entries")
@Validated
public class SearchController {

    private static final List<String> CSV_COLUMNS = List.of(
            "id",
            "title",
            "organisation",
            "stakeholderType",
            "country",
            "region",
            "actionLines",
            "sdgs",
            "gdcObjectives",
            "shortDescription",
            "fullDescription",
            "impactEconomic",
            "impactSocial",
            "impactEnvironmental",
            "partnerships",
            "challenges",
            "startDate",
            "endDate",
            "website",
            "languages",
            "keywords",
            "revision",
            "publishedAt");

    private final EntrySearch search;
    private final JsonMapper json;

    public SearchController(EntrySearch search, JsonMapper json) {
        this.search = search;
        this.json = json;
    }

    @GetMapping
    public SearchResult search(
            @ParameterObject @Valid Filters filters,
            @RequestParam(required = false) @Nullable List<@OneOf(EntryStatus.class) String> status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "relevance") @Pattern(regexp = "relevance|newest|title") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal @Nullable Jwt jwt) {
        String ownerId = null;
        if (mine) {
            if (jwt == null) {
                throw new ApiException(
                        org.springframework.http.HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Sign in to search your own entries.");
            }
            ownerId = jwt.getSubject();
        } else if (status != null && !status.isEmpty()) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "status-needs-mine",
                    "Only your own entries can be filtered by status; add mine=true.");
        }
        return search.search(filters.query(
                orEmpty(status), ownerId, SearchQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), page, size));
    }

    /**
     * Counts of published entries by action line, SDG, region, stakeholder type, year and country (the
     * countries that have any, the most first).
     */
    @GetMapping("/statistics")
    public EntrySearch.Statistics statistics(@ParameterObject @Valid Filters filters) {
        return search.statistics(filters.query(List.of(), null, SearchQuery.Sort.NEWEST, 0, 0));
    }

    /** Published entries matching the filters, newest first, as CSV; streamed. */
    @GetMapping("/export.csv")
    public ResponseEntity<StreamingResponseBody> exportCsv(@ParameterObject @Valid Filters filters) {
        SearchQuery query = filters.query(List.of(), null, SearchQuery.Sort.NEWEST, 0, 0);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(Csv.row(CSV_COLUMNS));
            search.forEachPublished(query, entry -> {
                try {
                    writer.write(Csv.row(csvCells(entry)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"wsis-stocktaking.csv\"")
                .body(body);
    }

    /** Published entries matching the filters, newest first, as a JSON array; streamed. */
    @GetMapping("/export.json")
    public ResponseEntity<StreamingResponseBody> exportJson(@ParameterObject @Valid Filters filters) {
        SearchQuery query = filters.query(List.of(), null, SearchQuery.Sort.NEWEST, 0, 0);
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartArray();
                search.forEachPublished(query, entry -> {
                    json.writeValue(generator, EntryView.forPublic(entry));
                    generator.flush();
                });
                generator.writeEndArray();
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"wsis-stocktaking.json\"")
                .body(body);
    }

    private static List<@Nullable Object> csvCells(Entry entry) {
        EntryDetails d = entry.publicDetails().orElseThrow();
        List<@Nullable Object> cells = new java.util.ArrayList<>();
        cells.add(entry.id());
        cells.add(d.title());
        cells.add(d.organisation());
        cells.add(d.stakeholderType().name());
        cells.add(d.country());
        cells.add(d.region().name());
        cells.add(String.join(";", d.actionLines().stream().map(Enum::name).toList()));
        cells.add(String.join(";", d.sdgs().stream().map(String::valueOf).toList()));
        cells.add(String.join(";", d.gdcObjectives().stream().map(Enum::name).toList()));
        cells.add(d.shortDescription());
        cells.add(d.fullDescription());
        cells.add(d.impact().economic());
        cells.add(d.impact().social());
        cells.add(d.impact().environmental());
        cells.add(d.partnerships());
        cells.add(d.challenges());
        cells.add(d.startDate());
        cells.add(d.endDate());
        cells.add(d.website());
        cells.add(String.join(";", d.languages()));
        cells.add(String.join(";", d.keywords()));
        cells.add(entry.publishedRevision());
        cells.add(entry.publishedAt());
        return cells;
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> strings(@Nullable List<Integer> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    /**
     * The filters search, statistics and exports share, bound from the query string; each may repeat.
     *
     * @param q free text (statistics ignore it)
     */
    /**
     * @param q free text: every word must match. At most 32 words and 500 characters: a search box, not a
     *     document (each word becomes a clause per searched field, and the engine takes at most 1,024).
     */
    public record Filters(
            @Nullable @Size(max = 500) @MaxWords(32) String q,
            @Nullable List<@OneOf(ActionLine.class) String> actionLine,
            @Nullable List<@NotNull @Min(1) @Max(17) Integer> sdg,
            @Nullable List<@KnownCountry String> country,
            @Nullable List<@OneOf(ItuRegion.class) String> region,
            @Nullable List<@OneOf(StakeholderType.class) String> stakeholderType,
            @Nullable List<@NotNull @Min(1990) @Max(2100) Integer> year) {

        SearchQuery query(List<String> statuses, @Nullable String ownerId, SearchQuery.Sort sort, int page, int size) {
            return new SearchQuery(
                    q,
                    orEmpty(actionLine),
                    strings(sdg),
                    orEmpty(country),
                    orEmpty(region),
                    orEmpty(stakeholderType),
                    strings(year),
                    statuses,
                    ownerId,
                    sort,
                    page,
                    size);
        }
    }
}
