package org.interlocutor.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open HTTP sessions of this server, so that a user whose access is taken away (disabled, demoted, password
 * reset) is signed out of every browser at once instead of carrying on until the session times out.
 */
@Component
class ActiveSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserAccessChanged event) {
        int ended = 0;
        for (HttpSession session : sessions) {
            if (belongsTo(session, event.username())) {
                invalidate(session);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} open session(s) of '{}' after a change of access", ended, event.username());
        }
    }

    private static boolean belongsTo(HttpSession session, String username) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext securityContext
                    && securityContext.getAuthentication() != null
                    && username.equals(securityContext.getAuthentication().getName());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }

    private void invalidate(HttpSession session) {
        sessions.remove(session);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile: nothing left to do
        }
    }
}
