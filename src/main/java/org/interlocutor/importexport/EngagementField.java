package org.interlocutor.importexport;

import java.util.List;

/**
 * What a column of an imported list of engagements can hold. Participants are matched by email or by the id of
 * an earlier export, staff by user name or email, several in a cell separated by ";" or ","; organisations and
 * campaigns by name, separated by ";" (a name may hold a comma). A date without a time starts at 09:00 UTC.
 */
public enum EngagementField implements ImportField {
    DATE("Date", "Day", "When", "Jour", "Quand", "Date (UTC)", "Date and time (UTC)", "Date et heure (UTC)"),
    TIME("Time", "Start time", "Start", "Heure", "Début", "Heure de début"),
    KIND("Kind", "Type", "Engagement type", "Nature", "Type d’échange"),
    TITLE("Title", "Subject", "Topic", "Object", "Titre", "Sujet", "Objet"),
    PLACE("Place", "Location", "Venue", "Where", "Lieu", "Endroit"),
    PARTICIPANTS("Participants", "Participant", "Attendees", "With", "Contacts", "Participant emails", "Avec",
            "Interlocuteurs"),
    ORGANIZATIONS("Organizations", "Organisations", "Organization", "Organisation", "Institutions",
            "Organismes"),
    STAFF("Staff", "Staff present", "Colleagues", "Our staff", "Équipe", "Équipe présente", "Collègues", "Personnel"),
    CAMPAIGNS("Campaigns", "Campaign", "Campagnes", "Campagne"),
    NOTES("Notes", "Note", "Summary", "Minutes", "Compte rendu", "Résumé", "Notes de réunion"),
    OUTCOME("Outcome", "Result", "Results", "Résultat", "Résultats", "Suites"),
    ID("ID", "Identifier", "Identifiant", "Interlocutor ID", "Identifiant Interlocutor");

    private final List<String> headers;

    EngagementField(String... headers) {
        this.headers = List.of(headers);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String messageKey() {
        return "importexport.engagement-field." + name();
    }
}
