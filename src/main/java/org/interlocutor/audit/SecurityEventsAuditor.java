package org.interlocutor.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.aopalliance.intercept.MethodInvocation;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Files Spring Security's events in the audit trail: sign-ins, failed sign-ins (under the name that was typed),
 * sign-outs, and refusals of access by method security. Refused screens are filed by the access-denied error view.
 */
@Component
class SecurityEventsAuditor {

    private final AuditWriter writer;
    private final CurrentUser currentUser;

    SecurityEventsAuditor(AuditWriter writer, CurrentUser currentUser) {
        this.writer = writer;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        SignedInUser user = currentUser.of(event.getAuthentication()).orElse(null);
        writer.write(Audited.of(AuditAction.SIGN_IN, RecordTypes.SESSION, null)
                .by(user == null ? typedName(event.getAuthentication()) : user.username()), user);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        writer.write(Audited.of(AuditAction.SIGN_IN_FAILED, RecordTypes.SESSION, null)
                .withDetail(event.getException().getClass().getSimpleName())
                .by(typedName(event.getAuthentication())), null);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        SignedInUser user = currentUser.of(event.getAuthentication()).orElse(null);
        if (user != null) {
            writer.write(Audited.of(AuditAction.SIGN_OUT, RecordTypes.SESSION, null).by(user.username()), user);
        }
    }

    /**
     * A refusal by method security (a service method the person's role may not call) or by the web layer. Anonymous
     * visitors sent to the login page are not refused anything worth filing.
     */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        SignedInUser user = currentUser.of(authentication).orElse(null);
        writer.write(Audited.of(AuditAction.ACCESS_DENIED, RecordTypes.SESSION, null)
                .withDetail(describe(event.getSource()))
                .by(user == null ? authentication.getName() : user.username()), user);
    }

    private static String typedName(Authentication authentication) {
        return authentication.getName().strip().toLowerCase(Locale.ROOT);
    }

    /** "ContactService.create", or "GET /admin/users". */
    private static @Nullable String describe(Object refused) {
        return switch (refused) {
            case MethodInvocation invocation -> method(invocation);
            case MethodInvocationResult result -> method(result.getMethodInvocation());
            case HttpServletRequest request -> request.getMethod() + " " + request.getRequestURI();
            default -> refused.getClass().getSimpleName();
        };
    }

    private static String method(MethodInvocation invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    }
}
