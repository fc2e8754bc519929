package org.wsis.submission.entry.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The entry form's own rule across fields, as a Bean Validation constraint so that it is reported with
 * the others, field by field (the rules of single fields are the kit's {@code FieldRules}).
 */
public final class EntryConstraints {

    private EntryConstraints() {}

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
