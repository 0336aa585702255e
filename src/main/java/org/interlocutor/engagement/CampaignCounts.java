package org.interlocutor.engagement;

import java.time.YearMonth;
import java.util.Map;

/**
 * How many engagements were filed under each campaign (one filed under two counts for both), and under none, by
 * the month they started in. Months without any are left out.
 */
public record CampaignCounts(Map<Long, Map<YearMonth, Long>> byCampaign, Map<YearMonth, Long> withoutCampaign) {

    public CampaignCounts {
        byCampaign = Map.copyOf(byCampaign);
        withoutCampaign = Map.copyOf(withoutCampaign);
    }
}
