package org.interlocutor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person reads is in both bundles, and every key the code asks for exists. */
class I18nBundlesTest {

    /** Each language's texts: every bundle named in spring.messages.basename, merged. */
    private static final Map<String, Properties> BUNDLES = Map.of(
            "English", loadAll(""),
            "French", loadAll("_fr"));

    /**
     * A string literal shaped like a message key: dotted lower-case words, the last may be an enum constant
     * ("users.column.email", "access.explain.NORMAL"); camel-case property paths ("contact.sortName") are not keys.
     */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"([a-z][a-z0-9-]*(?:\\.(?:[a-z0-9-]+|[A-Z][A-Z0-9_]*))+)\"");

    /** Literals of that shape in the code that are configuration property names, not message keys. */
    private static final List<String> PROPERTY_PREFIXES = List.of("spring.", "jakarta.", "hibernate.",
            "interlocutor.");

    private static Properties loadAll(String suffix) {
        Properties all = new Properties();
        for (String basename : basenames()) {
            Properties bundle = load(basename + suffix + ".properties");
            for (String key : bundle.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("key " + key + " in two bundles").isFalse();
                all.setProperty(key, bundle.getProperty(key));
            }
        }
        return all;
    }

    private static List<String> basenames() {
        String names = load("application.properties").getProperty("spring.messages.basename");
        return Arrays.stream(names.split(",")).map(String::strip).toList();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveExactlyTheSameKeys() {
        Set<String> english = BUNDLES.get("English").stringPropertyNames();
        Set<String> french = BUNDLES.get("French").stringPropertyNames();

        assertThat(new TreeSet<>(french)).as("keys missing in French or only in French")
                .containsExactlyElementsOf(new TreeSet<>(english));
    }

    @Test
    void noTextIsEmptyOrUsesAnApostropheThatMessageFormatWouldSwallow() {
        BUNDLES.forEach((language, texts) -> texts.forEach((key, value) -> {
            assertThat(value.toString()).as(language + " " + key).isNotBlank().doesNotContain("'");
        }));
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInSources(Path.of("src/main/java"));
        assertThat(used).as("keys found in the code").isNotEmpty();

        BUNDLES.forEach((language, texts) ->
                assertThat(texts.stringPropertyNames()).as(language).containsAll(used));
    }

    @Test
    void everyTranslatableValueHasItsLabelInBothLanguages() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.interlocutor")) {
            if (type.isEnum() && type.isAssignableTo(Translatable.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    keys.add(((Translatable) constant).messageKey());
                }
            }
        }
        assertThat(keys).contains("role.ADMIN", "language.fr");

        BUNDLES.forEach((language, texts) ->
                assertThat(texts.stringPropertyNames()).as(language).containsAll(keys));
    }

    private static Set<String> keysUsedInSources(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            // The demo-data generator's literals are fictional data (user names such as "demo.officer1"), not keys.
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/demo/")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (PROPERTY_PREFIXES.stream().noneMatch(matcher.group(1)::startsWith)) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
