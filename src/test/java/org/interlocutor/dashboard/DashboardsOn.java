package org.interlocutor.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactService;
import org.interlocutor.country.CountryService;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;

/** For the screen tests of the dashboard's cards: the dashboard as it reads on a day of the test's own (noon UTC). */
public final class DashboardsOn {

    private DashboardsOn() {
    }

    public static DashboardService day(LocalDate today, CountryService countries, EngagementService engagements,
                                       FollowUpService followUps, CampaignService campaigns,
                                       ContactService contacts) {
        return new DashboardService(countries, engagements, followUps, campaigns, contacts,
                Clock.fixed(today.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), 90);
    }
}
