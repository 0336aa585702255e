package org.interlocutor.importexport;

import java.util.List;

/**
 * What a column of an imported contact list can hold, with the headers that usually name it in English and French
 * (compared without case, accents, spaces or punctuation: "E-mail", "email" and "Email " are the same).
 */
public enum ContactField implements ImportField {
    HONORIFIC("Title", "Honorific", "Salutation", "Mr/Ms", "Name prefix", "Prefix", "Titre", "Civilité"),
    GIVEN_NAME("First name", "Given name", "Forename", "First", "Prénom", "Prénoms"),
    FAMILY_NAME("Last name", "Surname", "Family name", "Last", "Nom", "Nom de famille"),
    FULL_NAME("Name", "Full name", "Contact name", "Contact", "Nom complet", "Prénom et nom", "Nom et prénom"),
    JOB_TITLE("Job title", "Position", "Function", "Role", "Job", "Organization title", "Organization 1 - Title", "Fonction", "Poste", "Intitulé du poste"),
    ORGANIZATION("Organization", "Organisation", "Institution", "Company", "Employer", "Organization name",
            "Entreprise", "Société", "Structure", "Organisme", "Nom de l’organisation",
            // as Google Contacts, Outlook and LinkedIn export them
            "Organization 1 - Name", "Company name", "Employer name"),
    EMAIL("E-mail", "Email", "Email address", "Mail", "Courriel", "Adresse électronique", "Adresse e-mail",
            "Adresse mail", "Mél", "E-mail address", "E-mail 1 - Value", "E-mail 1", "Primary email", "Work email",
            "Adresse de messagerie"),
    PHONE("Phone", "Phone number", "Telephone", "Tel", "Mobile", "Cell", "Téléphone", "Tél", "Portable",
            "Numéro de téléphone", "Phone 1 - Value", "Business phone", "Mobile phone", "Work phone",
            "Téléphone (bureau)", "Tél. mobile", "Téléphone mobile"),
    COUNTRY("Country", "Pays", "Country/Region", "Business country/region", "Pays/Région"),
    CATEGORY("Category", "Type", "Catégorie"),
    LANGUAGES("Languages", "Language", "Langues", "Langue"),
    TAGS("Tags", "Tag", "Labels", "Keywords", "Étiquettes", "Étiquette", "Mots-clés", "Categories", "Group membership"),
    CORRESPONDENCE_LANGUAGE("Correspondence language", "Preferred language", "Langue de correspondance",
            "Langue préférée"),
    STANCE("Stance", "Position on the ICC", "Attitude", "Positionnement"),
    INFLUENCE("Influence", "Influence (1-5)", "Influence (1 à 5)"),
    LAWFUL_BASIS("Lawful basis", "Legal basis", "GDPR basis", "Base légale", "Base juridique"),
    CONSENT_NOTE("Consent", "Consent note", "Consentement", "Note de consentement"),
    ID("ID", "Identifier", "Identifiant", "Interlocutor ID", "Identifiant Interlocutor");

    private final List<String> headers;

    ContactField(String... headers) {
        this.headers = List.of(headers);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String messageKey() {
        return "importexport.field." + name();
    }
}
