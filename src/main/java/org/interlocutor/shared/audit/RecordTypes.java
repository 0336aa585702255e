package org.interlocutor.shared.audit;

import java.util.List;

/** The record types the audit trail files events under, as {@link Audited#recordType()} names them. */
public final class RecordTypes {

    public static final String CONTACT = "contact";
    public static final String ORGANIZATION = "organization";
    public static final String ENGAGEMENT = "engagement";
    public static final String FOLLOW_UP = "follow-up";
    public static final String CAMPAIGN = "campaign";
    public static final String OUTREACH_PLAN = "outreach-plan";
    public static final String COUNTRY = "country";
    public static final String USER = "user";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    /** Sign-ins, failed sign-ins, sign-outs and refusals of access. */
    public static final String SESSION = "session";

    public static final List<String> ALL = List.of(CONTACT, ORGANIZATION, ENGAGEMENT, FOLLOW_UP, CAMPAIGN,
            OUTREACH_PLAN, COUNTRY, USER, IMPORT, EXPORT, SESSION);

    private RecordTypes() {
    }
}
