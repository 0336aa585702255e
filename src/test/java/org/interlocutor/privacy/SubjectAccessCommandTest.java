package org.interlocutor.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Command.CommandArguments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code subject-access} on the command line: the file whole or not at all, and only for an administrator. */
@IntegrationTest
class SubjectAccessCommandTest {

    @Autowired
    SubjectAccessCommand command;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @TempDir
    Path folder;

    private final String marker = "sac" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private ContactDetails contact() {
        testUsers.ensure("sac.admin", Role.ADMIN);
        return testUsers.as("sac.officer", Role.OFFICER, () -> contacts.create(ContactDraft.of("Yusuf", "Diallo "
                + marker, StakeholderCategory.ACADEMIA), null));
    }

    @Test
    void writesEverythingHeldOnThePersonAsJsonForAnAdministrator() throws Exception {
        ContactDetails contact = contact();
        Path out = folder.resolve("diallo.json");

        int exit = command.run(new CommandArguments(List.of("--contact=" + contact.id(), "--out=" + out,
                "--as=sac.admin")));

        assertThat(exit).isZero();
        JsonNode document = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(document.get("parts").get("contact").get(0).get("familyName").asString())
                .isEqualTo("Diallo " + marker);
        assertThat(document.get("subjectAccessExport").get("exportedBy").asString()).isEqualTo("sac.admin");
    }

    @Test
    void writesAWorkbookByDefault() throws Exception {
        ContactDetails contact = contact();
        Path out = folder.resolve("diallo.xlsx");

        assertThat(command.run(new CommandArguments(List.of("--contact=" + contact.id(), "--out=" + out,
                "--as=sac.admin")))).isZero();

        byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(out), 2);
        assertThat(new String(start, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void refusesSomeoneWhoIsNotAnAdministratorAndWritesNothing() throws Exception {
        ContactDetails contact = contact();
        testUsers.ensure("sac.manager", Role.MANAGER);
        Path out = folder.resolve("refused.json");

        int exit = command.run(new CommandArguments(List.of("--contact=" + contact.id(), "--out=" + out,
                "--as=sac.manager")));

        assertThat(exit).isEqualTo(2);
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void refusesAnUnknownContactAMissingIdAndAnUnknownFormat() throws Exception {
        contact();
        Path out = folder.resolve("none.json");

        assertThat(command.run(new CommandArguments(List.of("--contact=999999999", "--out=" + out,
                "--as=sac.admin")))).isEqualTo(2);
        assertThat(command.run(new CommandArguments(List.of("--out=" + out, "--as=sac.admin")))).isEqualTo(2);
        assertThat(command.run(new CommandArguments(List.of("--contact=1", "--out=" + out, "--format=pdf",
                "--as=sac.admin")))).isEqualTo(2);
        assertThat(Files.list(folder)).isEmpty();
    }
}
