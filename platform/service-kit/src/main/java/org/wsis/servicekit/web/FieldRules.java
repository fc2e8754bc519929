package org.wsis.servicekit.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wsis.contracts.reference.Countries;

/**
 * Field rules every form of the platform shares, as Bean Validation constraints, so that every broken
 * rule is reported in one answer, field by field: a code from a fixed list, a known country, a word
 * limit, a web address.
 */
public final class FieldRules {

    private FieldRules() {}

    /** Words in {@code text}: runs of characters between white space. */
    public static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The value is the name of one of the enum's constants. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = OneOfValidator.class)
    public @interface OneOf {
        Class<? extends Enum<?>> value();

        String message() default "must be one of the allowed values";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class OneOfValidator implements ConstraintValidator<OneOf, String> {
        private Set<String> allowed = Set.of();

        @Override
        public void initialize(OneOf annotation) {
            allowed = Arrays.stream(annotation.value().getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || allowed.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", allowed))
                    .addConstraintViolation();
            return false;
        }
    }

    /** An ISO 3166-1 alpha-2 code of a country the platform knows. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KnownCountryValidator.class)
    public @interface KnownCountry {
        String message() default "must be an ISO 3166-1 alpha-2 country code, such as KE or BR";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class KnownCountryValidator implements ConstraintValidator<KnownCountry, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Countries.isKnown(value);
        }
    }

    /** One of the six official languages of the United Nations, by its ISO 639-1 code. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = UnLanguageValidator.class)
    public @interface UnLanguage {
        String message() default "must be one of ar, zh, en, fr, ru, es";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class UnLanguageValidator implements ConstraintValidator<UnLanguage, String> {
        private static final java.util.Set<String> CODES = java.util.Set.of("ar", "zh", "en", "fr", "ru", "es");

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }

    /** At most {@code value} words. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MaxWordsValidator.class)
    public @interface MaxWords {
        int value();

        String message() default "must have at most {value} words";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class MaxWordsValidator implements ConstraintValidator<MaxWords, String> {
        private int max;

        @Override
        public void initialize(MaxWords annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int words = wordCount(value);
            if (words <= max) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must have at most " + max + " words; it has " + words)
                    .addConstraintViolation();
            return false;
        }
    }

    /** An absolute http or https address with a host. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WebAddressValidator.class)
    public @interface WebAddress {
        String message() default "must be a web address starting with http:// or https://";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class WebAddressValidator implements ConstraintValidator<WebAddress, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                        && uri.getHost() != null
                        && uri.getHost().contains(".");
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    /** A time zone of the IANA database, such as Europe/Geneva or America/Sao_Paulo. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KnownTimeZoneValidator.class)
    public @interface KnownTimeZone {
        String message() default "must be a time zone such as Europe/Geneva or America/Sao_Paulo";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class KnownTimeZoneValidator implements ConstraintValidator<KnownTimeZone, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (!java.time.ZoneId.getAvailableZoneIds().contains(value)) {
                return false;
            }
            try {
                // A zone a library registered under its own name may have no rules to give.
                return java.time.ZoneId.of(value).getRules() != null;
            } catch (RuntimeException noRules) {
                return false;
            }
        }
    }

    /** At least {@code value} words. */
    @Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MinWordsValidator.class)
    public @interface MinWords {
        int value();

        String message() default "must have at least {value} words";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class MinWordsValidator implements ConstraintValidator<MinWords, String> {
        private int min;

        @Override
        public void initialize(MinWords annotation) {
            min = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || wordCount(value) >= min;
        }
    }
}
