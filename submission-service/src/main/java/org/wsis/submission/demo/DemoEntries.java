package org.wsis.submission.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.wsis.contracts.ActionLine;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.Countries;
import org.wsis.contracts.reference.GdcObjective;
import org.wsis.contracts.reference.StakeholderType;
import org.wsis.submission.entry.domain.Entry;
import org.wsis.submission.entry.domain.EntryDetails;
import org.wsis.submission.entry.domain.EntryStatus;

/**
 * Generates published entries that look like the real database: every action line, SDG, region and
 * stakeholder type, dates over a decade, descriptions of 150 to 200 words built from varied phrases.
 * The same seed always gives the same entries.
 */
public final class DemoEntries {

    private static final Map<ActionLine, List<String>> TOPICS = Map.ofEntries(
            Map.entry(
                    ActionLine.C1,
                    List.of(
                            "national digital strategy",
                            "multi-stakeholder ICT council",
                            "e-strategy review",
                            "digital policy dialogue")),
            Map.entry(
                    ActionLine.C2,
                    List.of(
                            "community broadband",
                            "rural connectivity",
                            "satellite backhaul",
                            "public Wi-Fi",
                            "fibre network")),
            Map.entry(
                    ActionLine.C3,
                    List.of(
                            "open data portal",
                            "digital library",
                            "public access centre",
                            "open educational resources")),
            Map.entry(
                    ActionLine.C4,
                    List.of(
                            "digital skills training",
                            "coding clubs for girls",
                            "teacher ICT training",
                            "youth digital academy")),
            Map.entry(
                    ActionLine.C5,
                    List.of(
                            "cybersecurity awareness",
                            "national CERT",
                            "child online protection",
                            "anti-fraud hotline")),
            Map.entry(
                    ActionLine.C6,
                    List.of(
                            "spectrum reform",
                            "digital regulation sandbox",
                            "universal service fund",
                            "data protection law")),
            Map.entry(
                    ActionLine.C7,
                    List.of(
                            "e-government services",
                            "mobile health clinics",
                            "e-learning platform",
                            "mobile market prices for farmers",
                            "telemedicine network",
                            "digital land registry",
                            "e-commerce for artisans",
                            "climate early warning")),
            Map.entry(
                    ActionLine.C8,
                    List.of(
                            "local language content",
                            "digital heritage archive",
                            "indigenous language keyboard",
                            "community storytelling")),
            Map.entry(
                    ActionLine.C9,
                    List.of(
                            "community radio",
                            "media literacy",
                            "independent newsroom tools",
                            "fact-checking network")),
            Map.entry(
                    ActionLine.C10,
                    List.of(
                            "AI ethics guidelines",
                            "responsible data charter",
                            "digital rights education",
                            "algorithmic transparency")),
            Map.entry(
                    ActionLine.C11,
                    List.of(
                            "regional ICT cooperation",
                            "cross-border data exchange",
                            "south-south knowledge sharing",
                            "regional internet exchange point")));

    private static final List<String> AUDIENCES = List.of(
            "rural women",
            "smallholder farmers",
            "secondary school students",
            "persons with disabilities",
            "older people",
            "refugees",
            "small businesses",
            "local governments",
            "health workers",
            "young people");

    private static final List<String> SENTENCES = List.of(
            "The project started with a survey of %s to understand what they needed most.",
            "It brings %s to %s in %s, working with local partners from the first day.",
            "Volunteers and staff trained more than %d people in the first year.",
            "Every activity is designed with %s, not for them, and is reviewed every quarter.",
            "The approach uses low-cost devices, open-source software and local languages.",
            "Results are published openly so that other countries can reuse what works.",
            "A mobile-first design lets people take part even with basic phones and weak networks.",
            "The team measures outcomes with simple indicators agreed with the communities.",
            "Partnerships with schools, clinics and cooperatives made the service sustainable.",
            "Costs fell by a third after the second phase thanks to shared infrastructure.",
            "The initiative contributes to the national development plan and to the SDGs.",
            "Women make up more than half of the participants and a third of the trainers.",
            "An advisory group of users meets twice a year to set the priorities.",
            "The next phase extends %s to %d more districts by working with %s.");

    private final Random random;
    private final Instant now;

    /** Entries dated up to {@code now}. */
    public DemoEntries(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /** The next published entry. */
    public Entry next() {
        ActionLine main = pick(List.of(ActionLine.values()));
        String topic = pick(TOPICS.get(main));
        String audience = pick(AUDIENCES);
        Countries.Country country = pick(Countries.all());
        StakeholderType type = pick(List.of(StakeholderType.values()));
        String organisation = organisation(type, country.name());

        Set<ActionLine> lines = new LinkedHashSet<>(List.of(main));
        if (random.nextInt(3) == 0) {
            lines.add(pick(List.of(ActionLine.values())));
        }
        Set<Integer> sdgs = new LinkedHashSet<>();
        int sdgCount = 1 + random.nextInt(3);
        while (sdgs.size() < sdgCount) {
            sdgs.add(1 + random.nextInt(17));
        }
        int startYear = 2012 + random.nextInt(14);
        LocalDate start = LocalDate.of(startYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = random.nextBoolean() ? start.plusMonths(6 + random.nextInt(48)) : null;
        String title = capitalise(topic) + " for " + audience + " in " + country.name();

        EntryDetails details = new EntryDetails(
                title,
                organisation,
                type,
                country.code(),
                lines.stream().sorted().toList(),
                sdgs.stream().sorted().toList(),
                startYear >= 2024 && random.nextBoolean() ? List.of(pick(List.of(GdcObjective.values()))) : List.of(),
                description(topic, audience, country.name(), 150 + random.nextInt(51)),
                description(topic, audience, country.name(), 300 + random.nextInt(300)),
                new EntryDetails.Impact(
                        "Lower costs for " + audience + " and new income from " + topic + ".",
                        "More " + audience + " take part in the digital society.",
                        random.nextBoolean() ? "Less travel and paper thanks to online services." : ""),
                "Local authorities, " + pick(AUDIENCES) + " associations and a national operator.",
                "Keeping devices working and funding beyond the pilot; next, scaling to neighbouring regions.",
                start,
                end,
                "https://" + slug(organisation) + ".example.org/" + slug(topic),
                "contact@" + slug(organisation) + ".example.org",
                random.nextInt(4) == 0 ? List.of("en", "fr") : List.of("en"),
                List.of(topic, audience, country.name().toLowerCase(Locale.ROOT)));

        Instant created = start.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400 * 60));
        Instant published = created.plusSeconds(86_400L * (1 + random.nextInt(30)));
        if (published.isAfter(now)) {
            published = now;
            created = now.minusSeconds(86_400);
        }
        String ownerId = "demo-" + slug(organisation);
        Recipient owner = new Recipient(ownerId, "contact@" + slug(organisation) + ".example.org", organisation, "en");
        return Entry.restore(new Entry.State(
                java.util
                        .UUID
                        .nameUUIDFromBytes(
                                (title + random.nextLong()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString(),
                owner,
                details,
                details,
                1,
                EntryStatus.PUBLISHED,
                1,
                null,
                created,
                published,
                published,
                false,
                null));
    }

    /** {@code count} entries. */
    public List<Entry> next(int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(next());
        }
        return entries;
    }

    private String organisation(StakeholderType type, String country) {
        return switch (type) {
            case GOVERNMENT -> "Ministry of Digital Economy of " + country;
            case INTERNATIONAL_ORGANIZATION ->
                pick(List.of("Regional Development Office", "UN Country Team")) + " " + country;
            case PRIVATE_SECTOR ->
                country + " " + pick(List.of("Telecom", "Mobile Networks", "Digital Solutions", "Fintech"));
            case CIVIL_SOCIETY ->
                pick(List.of("Digital Inclusion Network", "Women in Tech", "Open Knowledge Society")) + " " + country;
            case ACADEMIA -> pick(List.of("National University of", "Institute of Technology of")) + " " + country;
            case OTHER -> pick(List.of("Foundation for Digital Futures", "Community Trust")) + " " + country;
        };
    }

    private String description(String topic, String audience, String country, int words) {
        StringBuilder text = new StringBuilder();
        while (EntryDetails.wordCount(text.toString()) < words) {
            String sentence = pick(SENTENCES);
            long placeholders = sentence.chars().filter(c -> c == '%').count();
            if (sentence.contains("%d") && placeholders == 1) {
                sentence = sentence.formatted(100 + random.nextInt(5000));
            } else if (sentence.startsWith("It brings")) {
                sentence = sentence.formatted(topic, audience, country);
            } else if (sentence.startsWith("The next phase")) {
                sentence = sentence.formatted(topic, 2 + random.nextInt(20), pick(AUDIENCES));
            } else if (placeholders == 1) {
                sentence = sentence.formatted(audience);
            }
            text.append(text.isEmpty() ? "" : " ").append(sentence);
        }
        String[] all = text.toString().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(all, words));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
