package org.wsis.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The countries an entity may report from (ISO 3166-1 alpha-2), each with its ITU region. Shipped as
 * data in {@code countries.csv} next to this class.
 */
public final class Countries {

    /** One country. */
    public record Country(String code, String name, ItuRegion region) {}

    private static final Map<String, Country> BY_CODE = load();

    private Countries() {}

    public static Optional<Country> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static boolean isKnown(String code) {
        return BY_CODE.containsKey(code);
    }

    /** All countries, in the order of the data file (by English name). */
    public static List<Country> all() {
        return List.copyOf(BY_CODE.values());
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new LinkedHashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("countries.csv")) {
            if (in == null) {
                throw new IllegalStateException("countries.csv is missing from the contracts jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException("countries.csv: not three cells in: " + line);
                }
                Country country = new Country(cells[0], cells[1], ItuRegion.valueOf(cells[2]));
                if (countries.put(country.code(), country) != null) {
                    throw new IllegalStateException("countries.csv: " + country.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(countries);
    }
}
