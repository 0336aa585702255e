package org.interlocutor.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * The campaigns list's filter: words of the name (accents and case ignored), any of the statuses (none chosen: every
 * status), and whether archived campaigns show too.
 */
public record CampaignFilter(String text, Set<CampaignStatus> statuses, boolean includeArchived) {

    /** Every campaign that is not archived. */
    public static final CampaignFilter NONE = new CampaignFilter("", Set.of(), false);

    public CampaignFilter {
        statuses = Set.copyOf(statuses);
    }

    public static CampaignFilter byStatus(CampaignStatus first, CampaignStatus... others) {
        return new CampaignFilter("", EnumSet.of(first, others), false);
    }
}
