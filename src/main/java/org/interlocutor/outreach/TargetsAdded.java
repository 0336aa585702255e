package org.interlocutor.outreach;

/** What adding targets did: how many were added, and how many were in the plan already (and left as they were). */
public record TargetsAdded(int added, int alreadyInPlan) {
}
