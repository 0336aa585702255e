package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The templates people download to prepare an import: the import must understand them as they come. */
@IntegrationTest
@WithStaff(username = "template.officer", role = Role.OFFICER)
class ImportTemplateTest {

    @Autowired
    ImportService imports;

    private byte[] template(ImportType type, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(type, locale, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"CONTACTS, en", "CONTACTS, fr", "ORGANIZATIONS, en", "ORGANIZATIONS, fr", "ENGAGEMENTS, en",
            "ENGAGEMENTS, fr"})
    void everyColumnOfATemplateIsRecognisedAsItsFieldAndEachIsExplained(ImportType type, String language)
            throws Exception {
        byte[] bytes = template(type, Locale.of(language));

        try (ImportFile file = imports.open(new ByteArrayInputStream(bytes), "template.xlsx")) {
            SheetLayout layout = imports.layout(file, file.sheetNames().getFirst(), type, Optional.empty());
            List<ImportField> expected = new ArrayList<>(type.fields());
            expected.remove(ContactField.FULL_NAME);
            assertThat(layout.headerRowNumber()).isEqualTo(1);
            assertThat(new HashSet<>(layout.mapping().values())).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(layout.sampleRows()).hasSize(1);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getSheetAt(1)) {
                assertThat(row.getCell(1).getStringCellValue()).as(row.getCell(0).getStringCellValue()).isNotBlank();
            }
            assertThat(workbook.getSheetAt(1).getLastRowNum() + 1).isEqualTo(
                    type == ImportType.CONTACTS ? type.fields().size() - 1 : type.fields().size());
        }
    }

    @Test
    void theExampleRowOfTheContactsTemplateImportsAsItIs() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            try (ImportFile file = imports.open(new ByteArrayInputStream(template(ImportType.CONTACTS, locale)),
                    "template.xlsx")) {
                String sheet = file.sheetNames().getFirst();
                SheetLayout layout = imports.layout(file, sheet, ImportType.CONTACTS, Optional.empty());
                ImportReport report = imports.run(file, new ImportRequest(ImportType.CONTACTS, sheet,
                        layout.headerRowNumber(), layout.mapping(), DuplicateMode.CREATE, Sensitivity.NORMAL, true,
                        false, true), ImportProgress.NONE, locale);

                assertThat(report.outcomes()).as(locale.toString()).extracting(RowOutcome::action)
                        .containsExactly(RowAction.CREATE);
            }
        }
    }
}
