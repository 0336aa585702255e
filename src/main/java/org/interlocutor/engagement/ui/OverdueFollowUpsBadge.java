package org.interlocutor.engagement.ui;

import java.util.OptionalLong;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.MenuBadge;
import org.interlocutor.shared.ui.UiTexts;
import org.springframework.stereotype.Component;

/** The number of the signed-in officer's overdue follow-ups, beside "My follow-ups" in the navigation. */
@Component
class OverdueFollowUpsBadge implements MenuBadge {

    private final FollowUpService followUps;
    private final CurrentUser currentUser;

    OverdueFollowUpsBadge(FollowUpService followUps, CurrentUser currentUser) {
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return AppRoutes.FOLLOW_UPS;
    }

    @Override
    public OptionalLong count() {
        return currentUser.get().filter(user -> user.role().includes(Role.OFFICER))
                .map(user -> OptionalLong.of(followUps.myOverdueCount())).orElse(OptionalLong.empty());
    }

    @Override
    public String describe(long count) {
        return UiTexts.translate("my-follow-ups.badge", count);
    }
}
