package org.interlocutor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interlocutor.IntegrationTest;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.RetentionPolicy;
import org.interlocutor.country.CountryService;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.StakeholderMapService;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.importexport.ImportService;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
    TestUsers users;
    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    CountryService countries;
    @Autowired
    DashboardService dashboard;
    @Autowired
    StakeholderMapService maps;
    @Autowired
    OutreachService outreach;
    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    RetentionPolicy retention;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    private final Map<Sensitivity, AccessScene> scenes = new EnumMap<>(Sensitivity.class);
    private List<ReadPath> paths = List.of();

    /** What one cell expects: the protected record shown, hidden, or the path refused to the reader's role. */
    enum Expected {
        VISIBLE, HIDDEN, REFUSED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Cell(Sensitivity sensitivity, ReadPath path, AccessReader reader, Expected expected) {

        @Override
        public String toString() {
            return sensitivity + " " + path.guarded().label + " via " + path.name() + ", read by " + reader.label()
                    + ": " + expected.label();
        }
    }

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

    Stream<Cell> cells() {
        return scenes.keySet().stream().flatMap(sensitivity -> paths.stream().flatMap(path ->
                Stream.of(AccessReader.values()).filter(path.readers()).map(reader -> new Cell(sensitivity, path,
                        reader, !reader.role.includes(path.minimumRole()) ? Expected.REFUSED
                        : path.guarded().visibleTo(reader, sensitivity) ? Expected.VISIBLE : Expected.HIDDEN))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void aProtectedRecordShowsThroughAPathOnlyToWhoMaySeeIt(Cell cell) {
        AccessScene scene = scenes.get(cell.sensitivity());
        ReadPath.Probe probe = cell.path().probe();

        if (cell.expected() == Expected.REFUSED) {
            assertThatThrownBy(() -> scene.as(cell.reader(), () -> look(probe, scene)))
                    .isInstanceOf(AccessDeniedException.class);
            return;
        }
        Sighting seen = scene.as(cell.reader(), () -> look(probe, scene));

        assertThat(seen.control()).as("the NORMAL control through %s: without it the cell proves nothing",
                cell.path()).isTrue();
        assertThat(seen.guarded()).as(cell.toString()).isEqualTo(cell.expected() == Expected.VISIBLE);
    }

    private static Sighting look(ReadPath.Probe probe, AccessScene scene) {
        try {
            return probe.look(scene);
        } catch (RuntimeException | AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AccessServices services() {
        return new AccessServices(users, contacts, organizations, campaigns, engagements, followUps, countries,
                dashboard, maps, outreach, exports, imports, retention, jdbc);
    }
}
