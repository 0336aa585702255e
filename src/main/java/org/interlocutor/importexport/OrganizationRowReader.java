package org.interlocutor.importexport;

import java.util.Map;
import org.interlocutor.organization.OrganizationKind;
import org.springframework.stereotype.Component;

/**
 * Reads one row of an organisations file, through the columns' mapping, into an {@link OrganizationCandidate}: a
 * kind by its constant or its English or French label, a country by ISO code or English or French name. The
 * lengths are those the organisation form allows.
 */
@Component
class OrganizationRowReader {

    private static final Map<OrganizationField, Integer> MAX_LENGTH = Map.of(OrganizationField.NAME, 300,
            OrganizationField.ACRONYM, 40, OrganizationField.PARENT, 300, OrganizationField.WEBSITE, 500,
            OrganizationField.NOTES, 4000);

    private final ImportLookups lookups;

    OrganizationRowReader(ImportLookups lookups) {
        this.lookups = lookups;
    }

    /** A reader for one import: country names and kinds are looked up once. */
    RowReading start(Map<Integer, OrganizationField> mapping) {
        return new RowReading(Map.copyOf(mapping), lookups.countryCodesByName(),
                lookups.byLabel(OrganizationKind.values()));
    }

    final class RowReading {

        private final Map<Integer, OrganizationField> mapping;
        private final Map<String, String> countryCodes;
        private final Map<String, OrganizationKind> kinds;

        private RowReading(Map<Integer, OrganizationField> mapping, Map<String, String> countryCodes,
                           Map<String, OrganizationKind> kinds) {
            this.mapping = mapping;
            this.countryCodes = countryCodes;
            this.kinds = kinds;
        }

        OrganizationCandidate read(SpreadsheetRow row) {
            RowCells<OrganizationField> cells = new RowCells<>(row, OrganizationField.class, mapping, MAX_LENGTH);
            String name = cells.text(OrganizationField.NAME);
            if (name.isEmpty()) {
                cells.problem(OrganizationField.NAME, "importexport.problem.required");
            }
            cells.checkLengths(MAX_LENGTH.keySet());
            return new OrganizationCandidate(row.number(), name, cells.textOrNull(OrganizationField.ACRONYM),
                    cells.lookUp(OrganizationField.KIND, kinds, "importexport.problem.unknown-organization-kind"),
                    cells.lookUp(OrganizationField.COUNTRY, countryCodes, "importexport.problem.unknown-country"),
                    cells.textOrNull(OrganizationField.PARENT),
                    cells.textOrNull(OrganizationField.WEBSITE), cells.textOrNull(OrganizationField.NOTES),
                    cells.exportId(OrganizationField.ID), cells.problems(), cells.given());
        }
    }
}
