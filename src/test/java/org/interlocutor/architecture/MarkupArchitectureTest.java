package org.interlocutor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Html;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No text a person typed is ever rendered as HTML: only one class, the sanitiser, may use Vaadin's {@code Html}
 * component or write markup through {@code innerHTML} and its kin. The component is a dependency ArchUnit sees; the
 * property names are strings passed to {@code Element.setProperty} or written into {@code executeJs} scripts, which
 * ArchUnit cannot see, so the rule also reads each compiled class's constant pool, where every string literal of
 * the class sits (compile-time constants from elsewhere included, since javac copies them in). A name assembled at
 * run time would escape it; reviews must catch that.
 */
class MarkupArchitectureTest {

    static final String SANITISER = "org.interlocutor.shared.ui.MarkupSanitizer";
    /** What writes markup in a browser: as a property, from a script, or through the document. */
    static final List<String> MARKUP_WRITERS = List.of("innerHTML", "outerHTML", "insertAdjacentHTML",
            "document.write", "srcdoc", "createContextualFragment", "DOMParser");

    static final ArchRule ONLY_THE_SANITISER_WRITES_MARKUP = classes()
            .that().doNotHaveFullyQualifiedName(SANITISER)
            .should(neverWriteMarkup())
            .because("text from users rendered as HTML would let them run scripts in their colleagues' browsers");

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.interlocutor");

    @Test
    void noClassButTheSanitiserUsesHtmlOrWritesMarkup() {
        assertThat(APPLICATION.contain(SANITISER)).as("the sanitiser the rule names exists").isTrue();

        ONLY_THE_SANITISER_WRITES_MARKUP.check(APPLICATION);
    }

    @Test
    void theSanitiserIsWhereTheMarkupIsWritten() {
        assertThat(markupWritersNamedBy(APPLICATION.get(SANITISER))).containsExactly("innerHTML");
    }

    @Test
    void theRuleCatchesEveryWayOfWritingMarkupAndLetsTextThrough() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(
                MarkupArchitectureTest.class.getPackageName() + ".markup");

        EvaluationResult result = ONLY_THE_SANITISER_WRITES_MARKUP.evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report).contains("UsesTheHtmlComponent", "com.vaadin.flow.component.Html")
                .contains("SetsInnerHtml names innerHTML")
                .contains("WritesMarkupFromScript names insertAdjacentHTML")
                .doesNotContain("ShowsTextAsText");
    }

    private static ArchCondition<JavaClass> neverWriteMarkup() {
        return new ArchCondition<>("neither use Vaadin's Html component nor name " + MARKUP_WRITERS) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    if (dependency.getTargetClass().isEquivalentTo(Html.class)) {
                        events.add(SimpleConditionEvent.violated(type, dependency.getDescription()));
                    }
                }
                for (String writer : markupWritersNamedBy(type)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " names " + writer
                            + " in its compiled code (" + type.getSimpleName() + ".java)"));
                }
            }
        };
    }

    /** The markup writers among the strings of the class's constant pool. */
    static List<String> markupWritersNamedBy(JavaClass type) {
        List<String> strings = constantPoolStrings(type);
        return MARKUP_WRITERS.stream().filter(writer -> strings.stream().anyMatch(text -> text.contains(writer)))
                .toList();
    }

    /**
     * Every UTF-8 entry of the class file's constant pool: string literals, and the names of what the class
     * declares and uses (JVM specification, chapter 4.4).
     */
    private static List<String> constantPoolStrings(JavaClass type) {
        Source source = type.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + type));
        try (InputStream in = source.getUri().toURL().openStream(); DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor version
            data.readUnsignedShort(); // major version
            int count = data.readUnsignedShort();
            List<String> strings = new ArrayList<>();
            for (int index = 1; index < count; index++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(data.readUTF());
                    case 7, 8, 16, 19, 20 -> data.skipBytes(2);
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        index++; // a long or a double takes two entries
                    }
                    default -> throw new IllegalStateException("unknown constant tag " + tag + " in " + type);
                }
            }
            return strings;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
