package org.interlocutor.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only in the code, not only in the database's grants: one class inserts into it, none
 * updates or deletes it, and no entity maps it (so no repository or entity manager can change a row either). The
 * trail is two tables: its events, and the contacts each export's file contained.
 */
class AppendOnlyTest {

    private static final Path MAIN = Path.of("src/main");
    private static final List<String> TABLES = List.of("audit_event", "audit_export_contact");
    private static final String TABLE = "(?:audit_event|audit_export_contact)";
    private static final Set<String> WRITES = Set.of("update", "batchUpdate", "execute", "persist", "merge",
            "remove", "save", "saveAll", "delete", "deleteAll");

    /** A statement that changes or removes rows, or the table itself: UPDATE, DELETE, TRUNCATE, DROP... */
    static final Pattern CHANGES_THE_TABLE = Pattern.compile(
            "(?is)\\b(update\\s+[`\"]?" + TABLE + "\\b|delete\\s+(from\\s+)?[`\"]?" + TABLE
                    + "\\b|truncate\\s+(table\\s+)?[`\"]?" + TABLE + "\\b|drop\\s+table\\s+(if\\s+exists\\s+)?[`\"]?"
                    + TABLE + "\\b|(replace|merge)\\s+into\\s+[`\"]?" + TABLE + "\\b)");
    static final Pattern INSERTS_INTO_THE_TABLE = Pattern.compile("(?is)\\binsert\\s+into\\s+[`\"]?" + TABLE
            + "\\b");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.interlocutor");

    @Test
    void noSourceUpdatesOrDeletesAuditRows() throws IOException {
        assertThat(sourcesMatching(CHANGES_THE_TABLE)).as("sources that change or delete audit rows").isEmpty();
    }

    @Test
    void onlyTheWriterInsertsAuditRows() throws IOException {
        assertThat(sourcesMatching(INSERTS_INTO_THE_TABLE))
                .containsExactly(MAIN.resolve("java/org/interlocutor/audit/AuditWriter.java"));
    }

    @Test
    void onlyTheWriterAndTheReaderNameTheTable() throws IOException {
        List<Path> naming;
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            naming = files.filter(Files::isRegularFile).filter(file -> TABLES.stream()
                    .anyMatch(read(file).toLowerCase(Locale.ROOT)::contains)).sorted().toList();
        }

        assertThat(naming).containsExactly(MAIN.resolve("java/org/interlocutor/audit/AuditEvents.java"),
                MAIN.resolve("java/org/interlocutor/audit/AuditWriter.java"));
    }

    @Test
    void noEntityMapsTheAuditTable() {
        TABLES.forEach(table -> noClasses().should().beAnnotatedWith(mapping(table)).check(CLASSES));
    }

    @Test
    void onlyTheWriterCallsWritingMethodsInTheAuditModule() {
        noClasses().that().resideInAPackage("org.interlocutor.audit..")
                .and().doNotHaveFullyQualifiedName(AuditWriter.class.getName())
                .should(callAWritingMethodOfJdbcOrJpa())
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheAuditModuleReachesItsWriterOrReader() {
        noClasses().that().resideOutsideOfPackage("org.interlocutor.audit..")
                .should().dependOnClassesThat().belongToAnyOf(AuditWriter.class, AuditEvents.class)
                .check(CLASSES);
    }

    @Test
    void theChecksCatchTheWaysAStatementCanBeWritten() {
        assertThat(CHANGES_THE_TABLE.matcher("UPDATE audit_event SET detail = ''").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("delete\n   from `audit_event` where id = 1").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("DELETE audit_event WHERE 1=1").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("truncate table audit_event").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("DROP TABLE IF EXISTS audit_event").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("select * from audit_event where action = 'UPDATE'").find())
                .isFalse();
        assertThat(INSERTS_INTO_THE_TABLE.matcher("INSERT  INTO audit_event (id) values (1)").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("delete from audit_export_contact where event_id = 1").find()).isTrue();
        assertThat(CHANGES_THE_TABLE.matcher("update audit_export_contact set ids = null").find()).isTrue();
        assertThat(INSERTS_INTO_THE_TABLE.matcher("insert into audit_export_contact values (1)").find()).isTrue();
    }

    private static List<Path> sourcesMatching(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().contains("/frontend/"))
                    .filter(file -> pattern.matcher(read(file)).find()).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DescribedPredicate<JavaAnnotation<?>> mapping(String table) {
        return new DescribedPredicate<>("@Table(name = \"" + table + "\")") {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                return annotation.getRawType().isEquivalentTo(Table.class)
                        && table.equalsIgnoreCase(String.valueOf(annotation.get("name").orElse("")));
            }
        };
    }

    private static ArchCondition<JavaClass> callAWritingMethodOfJdbcOrJpa() {
        return new ArchCondition<>("call a writing method of JDBC or JPA") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getPackageName();
                    boolean dataAccess = owner.startsWith("org.springframework.jdbc")
                            || owner.startsWith("jakarta.persistence")
                            || owner.startsWith("org.springframework.data");
                    if (dataAccess && WRITES.contains(call.getName())) {
                        events.add(SimpleConditionEvent.satisfied(type, call.getDescription()));
                    }
                }
            }
        };
    }
}
