package org.wsis.submission.entry.web;

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
import org.wsis.submission.entry.domain.EntryDetails;

/**
 * The entry form's own field rules, as Bean Validation constraints so that every broken rule is
 * reported in one answer, field by field.
 */
public final class EntryConstraints {

    private EntryConstraints() {}

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
            int words = EntryDetails.wordCount(value);
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

    /** The end date, when there is one, is not before the start date; reported on {@code endDate}. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = DatesInOrderValidator.class)
    public @interface DatesInOrder {
        String message() default "must not be before startDate";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, EntryRequest> {
        @Override
        public boolean isValid(@Nullable EntryRequest request, ConstraintValidatorContext context) {
            if (request == null
                    || request.startDate() == null
                    || request.endDate() == null
                    || !request.endDate().isBefore(request.startDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate")
                    .addConstraintViolation();
            return false;
        }
    }
}
