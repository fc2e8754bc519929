package org.wsis.submission.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for entries, as a stakeholder's browser would send them. */
public final class Drafts {

    private Drafts() {}

    /** A complete, valid entry; change what a test needs on the returned (mutable) map. */
    public static Map<String, Object> complete(String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("organisation", "Ministry of Digital Economy");
        draft.put("stakeholderType", "GOVERNMENT");
        draft.put("country", "KE");
        draft.put("actionLines", List.of("C2", "C4"));
        draft.put("sdgs", List.of(4, 9));
        draft.put("gdcObjectives", List.of("GDC1"));
        draft.put("shortDescription", "Connects 300 rural schools with community-run wireless networks.");
        draft.put("fullDescription", "Since 2023 the ministry and local cooperatives have connected schools.");
        draft.put(
                "impact", Map.of("economic", "Lower costs", "social", "Pupils online", "environmental", "Solar power"));
        draft.put("partnerships", "Local cooperatives and the national operator.");
        draft.put("challenges", "Maintenance in remote areas.");
        draft.put("startDate", "2023-02-01");
        draft.put("website", "https://broadband.example.org");
        draft.put("contactEmail", "project@example.org");
        draft.put("languages", List.of("en", "sw"));
        draft.put("keywords", List.of("schools", "community networks"));
        return draft;
    }
}
