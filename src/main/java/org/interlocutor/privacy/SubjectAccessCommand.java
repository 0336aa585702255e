package org.interlocutor.privacy;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.interlocutor.security.CommandLineSignIn;
import org.interlocutor.shared.Command;
import org.interlocutor.shared.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code subject-access --contact=ID --out=FILE [--format=xlsx|json] [--as=ADMIN] [--lang=en|fr]}: the
 * subject-access export of the contact's page from the command line, as the first administrator unless {@code --as}
 * names another (who must be an administrator too).
 */
@Component
class SubjectAccessCommand implements Command {

    private final SubjectAccessService subjectAccess;
    private final CommandLineSignIn signIn;
    private final MessageSource messages;

    SubjectAccessCommand(SubjectAccessService subjectAccess, CommandLineSignIn signIn, MessageSource messages) {
        this.subjectAccess = subjectAccess;
        this.signIn = signIn;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "subject-access";
    }

    @Override
    public String usage() {
        return "--contact=ID --out=FILE [--format=xlsx|json] [--as=ADMIN] [--lang=en|fr]  everything held on one "
                + "person, for a subject-access request (administrators only; audited)";
    }

    @Override
    public int run(CommandArguments arguments) throws Exception {
        long contactId;
        try {
            contactId = Long.parseLong(arguments.option("contact", "").strip());
        } catch (NumberFormatException notANumber) {
            System.err.println("--contact=ID is required: the contact's Interlocutor ID (a whole number)");
            return 2;
        }
        String out = arguments.option("out", "");
        if (out.isBlank()) {
            System.err.println("--out=FILE is required");
            return 2;
        }
        Path target = Path.of(out).toAbsolutePath();
        Optional<SubjectAccessFormat> format = SubjectAccessFormat.named(arguments.option("format",
                target.toString().endsWith(".json") ? "json" : "xlsx"));
        if (format.isEmpty()) {
            System.err.println("--format must be xlsx or json");
            return 2;
        }
        String as = arguments.option("as", "");
        if (as.isBlank()) {
            signIn.asAdministrator();
        } else {
            signIn.as(as);
        }
        Locale locale = arguments.option("lang", "en").equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        // written next to the target and moved into place, so that a failed export leaves no half file
        Path partial = Files.createTempFile(target.getParent(), ".subject-access-", ".part");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                subjectAccess.export(contactId, format.get(), locale, ZoneId.systemDefault(), stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (UserFacingException refused) {
            System.err.println(messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return 2;
        } catch (org.springframework.security.authorization.AuthorizationDeniedException denied) {
            System.err.println("Only an administrator may export everything held on a person (--as=" + as + ")");
            return 2;
        } finally {
            Files.deleteIfExists(partial);
        }
        System.out.printf("Wrote everything held on contact %d to %s.%n", contactId, target);
        return 0;
    }
}
