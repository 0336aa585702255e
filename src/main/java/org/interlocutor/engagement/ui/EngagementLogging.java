package org.interlocutor.engagement.ui;

import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * The log-engagement dialog for other features' screens: an outreach plan logs an engagement with one of its
 * targets, for its campaign, without knowing the dialog. The one public type of this package.
 */
@org.springframework.stereotype.Component
public class EngagementLogging {

    private final EngagementLogger logger;

    EngagementLogging(EngagementLogger logger) {
        this.logger = logger;
    }

    /** Whether the signed-in person may log engagements (officers and above). */
    public boolean canLog() {
        return logger.canLog();
    }

    /**
     * Opens the dialog with this contact or organisation (or neither, for a country) and this campaign already
     * chosen; {@code onLogged} runs once the engagement is saved and the dialog closed.
     */
    public void open(@Nullable Long contactId, @Nullable Long organizationId, long campaignId,
                     SerializableRunnable onLogged) {
        logger.openFor(contactId, organizationId, campaignId, saved -> onLogged.run());
    }
}
