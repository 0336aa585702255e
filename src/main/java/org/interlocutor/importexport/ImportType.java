package org.interlocutor.importexport;

import java.util.List;
import java.util.Optional;
import org.interlocutor.shared.Translatable;

/** What a file is imported as, and the fields its columns can be mapped to. */
public enum ImportType implements Translatable {
    CONTACTS(ContactField.values()),
    ORGANIZATIONS(OrganizationField.values()),
    ENGAGEMENTS(EngagementField.values());

    private final List<ImportField> fields;

    ImportType(ImportField... fields) {
        this.fields = List.of(fields);
    }

    public List<ImportField> fields() {
        return fields;
    }

    /** The field of this type with that constant name, as saved mappings and the command line name them. */
    public Optional<ImportField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    @Override
    public String messageKey() {
        return "importexport.type." + name();
    }
}
