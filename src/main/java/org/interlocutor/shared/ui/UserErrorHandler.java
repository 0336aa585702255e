package org.interlocutor.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import org.interlocutor.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person sees when an action fails and the view did not handle it: a refusal in their language, never a
 * stack trace. Unexpected failures are logged with their cause and shown as a plain apology.
 */
class UserErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    private static String messageFor(Throwable error) {
        Optional<UserFacingException> refusal = causeOfType(error, UserFacingException.class);
        if (refusal.isPresent()) {
            return UiTexts.message(refusal.get());
        }
        Optional<ConstraintViolationException> invalid = causeOfType(error, ConstraintViolationException.class);
        if (invalid.isPresent() && !invalid.get().getConstraintViolations().isEmpty()) {
            return ConstraintMessages.of(invalid.get().getConstraintViolations().iterator().next());
        }
        if (causeOfType(error, OptimisticLockingFailureException.class).isPresent()) {
            return UiTexts.translate("error.stale-record");
        }
        if (causeOfType(error, AccessDeniedException.class).isPresent()) {
            log.info("Access denied: {}", error.toString());
            return UiTexts.translate("error.access-denied");
        }
        log.error("Unexpected error in the user interface", error);
        return UiTexts.translate("error.unexpected");
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
