package org.interlocutor.engagement;

import java.util.Map;

/**
 * How many engagements of a period were filed under each campaign (one filed under two counts for both), and how
 * many under any campaign at all.
 */
public record CampaignCounts(Map<Long, Long> byCampaign, long withAnyCampaign) {

    public CampaignCounts {
        byCampaign = Map.copyOf(byCampaign);
    }
}
