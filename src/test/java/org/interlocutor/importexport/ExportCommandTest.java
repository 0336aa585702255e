package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Command.CommandArguments;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code export} on the command line: the list's filter and columns, written whole or not at all. */
@IntegrationTest
class ExportCommandTest {

    @Autowired
    ExportCommand command;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @TempDir
    Path folder;

    private final String marker = "xc" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void exportsTheFilteredContactsWithTheChosenColumnsAsTheNamedUserSeesThem() throws Exception {
        testUsers.runAs("export.cli", Role.OFFICER, () -> {
            for (String given : List.of("Ana", "Ben")) {
                contacts.create(new ContactDraft(null, given, "Cli " + marker, null, StakeholderCategory.MEDIA, null,
                        null, Set.of(), List.of(new EmailEntry(given + "." + marker + "@example.org", null, true)),
                        List.of(), null, null, Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of()), null);
            }
        });
        Path out = folder.resolve("contacts.csv");

        int exit = command.run(new CommandArguments(List.of("--type=contacts", "--out=" + out, "--as=export.cli",
                "--filter=q=" + marker + "&cols=name,email")));

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFInterlocutor ID,Title,First name,Last name,Email");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).endsWith(",Ana,Cli " + marker + ",Ana." + marker + "@example.org");
        assertThat(Files.list(folder).map(path -> path.getFileName().toString())).containsExactly("contacts.csv");

        Path mailing = folder.resolve("mailing.csv");
        assertThat(command.run(new CommandArguments(List.of("--type=mailing-list", "--out=" + mailing,
                "--as=export.cli", "--filter=q=" + marker)))).isZero();
        assertThat(Files.readAllLines(mailing, StandardCharsets.UTF_8)).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("Dear Cli " + marker));
        Path engagements = folder.resolve("engagements.xlsx");
        assertThat(command.run(new CommandArguments(List.of("--type=engagements", "--out=" + engagements,
                "--as=export.cli", "--filter=q=" + marker)))).isZero();
        assertThat(engagements).isNotEmptyFile();
    }

    @Test
    void anUnknownTypeOrFormatIsRefusedWithoutWritingAFile() throws Exception {
        Path out = folder.resolve("x.xlsx");

        assertThat(command.run(new CommandArguments(List.of("--type=people", "--out=" + out)))).isEqualTo(2);
        assertThat(command.run(new CommandArguments(List.of("--type=contacts", "--out=" + out, "--format=pdf"))))
                .isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
