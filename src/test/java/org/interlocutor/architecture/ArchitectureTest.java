package org.interlocutor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.interlocutor.Application;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "org.interlocutor";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featureModulesRespectTheirDeclaredDependencies() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void vaadinIsUsedOnlyInUiPackagesAndTheApplicationShell() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().doNotHaveFullyQualifiedName(
                        Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void everyRouteCarriesAnAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should(carryOneOf(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class))
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(beUsedOnlyFromTheirOwnFeature())
                .check(CLASSES);
    }

    @Test
    void apachePoiIsUsedOnlyByImportAndExport() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".importexport..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @SafeVarargs
    private static ArchCondition<JavaClass> carryOneOf(Class<? extends java.lang.annotation.Annotation>... annotations) {
        return new ArchCondition<>("carry an access annotation") {
            @Override
            public void check(JavaClass route, ConditionEvents events) {
                boolean annotated = false;
                for (Class<? extends java.lang.annotation.Annotation> annotation : annotations) {
                    annotated |= route.isAnnotatedWith(annotation);
                }
                events.add(new SimpleConditionEvent(route, annotated,
                        route.getName() + (annotated ? " carries" : " lacks") + " an access annotation"));
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be used only from their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean sameFeature = featureOf(user).equals(feature);
                    events.add(new SimpleConditionEvent(user, sameFeature,
                            user.getName() + " uses " + repository.getName()));
                }
            }
        };
    }

    /** {@code org.interlocutor.contact.ui.ContactsView} belongs to {@code contact}. */
    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().length() > ROOT.length()
                ? type.getPackageName().substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
