package org.interlocutor.importexport;

import java.util.List;

/** What a column of an imported list of organisations can hold. */
public enum OrganizationField implements ImportField {
    NAME("Name", "Organization", "Organisation", "Organization name", "Organisation name", "Institution", "Nom",
            "Nom de l’organisation", "Organisme", "Raison sociale"),
    ACRONYM("Acronym", "Abbreviation", "Short name", "Sigle", "Acronyme", "Abréviation"),
    KIND("Kind", "Type", "Organization type", "Type d’organisation", "Genre"),
    PARENT("Parent", "Parent organization", "Part of", "Belongs to", "Organisation mère", "Rattachement",
            "Fait partie de"),
    COUNTRY("Country", "Pays"),
    WEBSITE("Website", "Web site", "Web", "URL", "Site web", "Site internet", "Site"),
    NOTES("Notes", "Note", "Comments", "Description", "Remarks", "Commentaires", "Remarques"),
    ID("ID", "Identifier", "Identifiant", "Interlocutor ID", "Identifiant Interlocutor");

    private final List<String> headers;

    OrganizationField(String... headers) {
        this.headers = List.of(headers);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String messageKey() {
        return "importexport.organization-field." + name();
    }
}
