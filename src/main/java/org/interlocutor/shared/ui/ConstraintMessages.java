package org.interlocutor.shared.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * A Bean Validation refusal in the person's language. The validator's own messages follow the server's locale, so
 * the constraint's type is mapped to one of the application's keys instead.
 */
public final class ConstraintMessages {

    private ConstraintMessages() {
    }

    public static String of(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraint) {
            case NotBlank ignored -> UiTexts.translate("error.required");
            case NotNull ignored -> UiTexts.translate("error.required");
            case Email ignored -> UiTexts.translate("error.email-format");
            case Size ignored when violation.getInvalidValue() instanceof java.util.Collection<?> ->
                    UiTexts.translate("error.too-many", attributes.get("max"));
            case Size ignored -> UiTexts.translate("error.too-long", attributes.get("max"));
            case Min ignored -> UiTexts.translate("error.out-of-range");
            case Max ignored -> UiTexts.translate("error.out-of-range");
            case Pattern ignored -> UiTexts.translate("error.format");
            default -> UiTexts.translate("error.invalid");
        };
    }
}
