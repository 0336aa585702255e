package org.interlocutor.campaign;

/** Placeholder until the campaign branch lands. */
public enum CampaignStatus {
    PLANNED, ACTIVE, ON_HOLD, COMPLETED
}
