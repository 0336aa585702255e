package org.interlocutor.access;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interlocutor.IntegrationTest;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The need-to-know rule as a matrix: for RESTRICTED and CONFIDENTIAL records, every reader of {@link AccessReader}
 * and every path of {@link ReadPaths}, one test named for what it checks ("CONFIDENTIAL contact via contacts list,
 * read by officer without grant: hidden"). Each cell also checks that the path shows the NORMAL control, so that a
 * path returning nothing at all cannot pass for a rule that holds; a path a role may not use must refuse it. Any
 * cell failing fails the build.
 *
 * <p>The records are made once per class ({@link AccessScene}), and the cells only read them. The record pages' URLs
 * are {@link RecordPageAccessTest}'s.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    private final Map<Sensitivity, AccessScene> scenes = new EnumMap<>(Sensitivity.class);
    private List<ReadPath> paths = List.of();

    @BeforeAll
    void makeTheScenes() {
        // as ContextSecurityStrategy does before each test: sign in where this context's services look
        securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        AccessServices services = services();
        for (Sensitivity sensitivity : List.of(Sensitivity.RESTRICTED, Sensitivity.CONFIDENTIAL)) {
            scenes.put(sensitivity, AccessScene.build(sensitivity, "svc", services));
        }
        paths = new ReadPaths(services).all();
    }

    Stream<AccessCell> cells() {
        return AccessCell.all(scenes.keySet(), paths);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void aProtectedRecordShowsThroughAPathOnlyToWhoMaySeeIt(AccessCell cell) {
        cell.check(scenes.get(cell.sensitivity()));
    }

    private AccessServices services() {
        return AccessServices.of(context);
    }
}
