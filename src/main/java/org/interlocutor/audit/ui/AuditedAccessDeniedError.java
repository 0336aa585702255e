package org.interlocutor.audit.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.interlocutor.audit.AuditService;

/**
 * A signed-in person asked for a screen their role does not open (an officer typing /admin/users): the refusal is
 * filed in the audit trail, then answered as Vaadin answers it, as a screen that does not exist. Visitors who are
 * not signed in never get here; they are sent to the login page.
 */
@AnonymousAllowed
class AuditedAccessDeniedError extends RouteAccessDeniedError {

    private final transient AuditService audit;
    private final transient AuthenticationContext authentication;

    AuditedAccessDeniedError(AuditService audit, AuthenticationContext authentication) {
        this.audit = audit;
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (authentication.isAuthenticated()) {
            audit.navigationDenied(event.getLocation().getPath());
        }
        return super.setErrorParameter(event, parameter);
    }
}
