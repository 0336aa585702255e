package org.interlocutor.demo;

import org.interlocutor.security.CommandLineSignIn;
import org.interlocutor.shared.Command;
import org.springframework.stereotype.Component;

/**
 * {@code demo-data [--contacts=300]}: fills the database with a demo team, organisations for every state, and
 * fictional contacts up to the number asked (100,000 for benchmarks). Runs as the first administrator.
 */
@Component
class DemoDataCommand implements Command {

    private final DemoDataLoader loader;
    private final CommandLineSignIn signIn;

    DemoDataCommand(DemoDataLoader loader, CommandLineSignIn signIn) {
        this.loader = loader;
        this.signIn = signIn;
    }

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public String usage() {
        return "[--contacts=300] [--engagements=10 per contact]  fill the database with fictional demo data up to "
                + "that many contacts and engagements (with follow-ups, campaigns and outreach plans)";
    }

    @Override
    public int run(CommandArguments arguments) {
        int wanted = arguments.intOption("contacts", 300);
        if (wanted < 0 || wanted > 1_000_000) {
            throw new IllegalArgumentException("--contacts must be between 0 and 1,000,000");
        }
        signIn.asAdministrator();
        DemoDataLoader.Result result = loader.loadUpTo(wanted, created -> {
            if (created % 10_000 == 0) {
                System.out.printf("  %,d contacts written%n", created);
            }
        });
        System.out.printf("Demo data: %,d contacts were there, %,d created in %.1f s.%n", result.existing(),
                result.created(), result.seconds());
        long engagements = arguments.intOption("engagements", wanted * 10);
        if (engagements < 0 || engagements > 5_000_000) {
            throw new IllegalArgumentException("--engagements must be between 0 and 5,000,000");
        }
        DemoDataLoader.EngagementResult engaged = loader.loadEngagementsUpTo(engagements, created -> {
            if (created % 50_000 == 0) {
                System.out.printf("  %,d engagements written%n", created);
            }
        });
        System.out.printf("Demo data: %,d engagements were there, %,d created in %.1f s.%n", engaged.existing(),
                engaged.created(), engaged.seconds());
        int plans = loader.ensureOutreachPlans();
        if (plans > 0) {
            System.out.printf("Demo data: %d outreach plans created.%n", plans);
        }
        if (result.staffPassword() != null) {
            System.out.println("Demo team (demo.manager, demo.officer1 to demo.officer8, demo.viewer) created with "
                    + "the password: " + result.staffPassword());
            System.out.println("It is shown this once; each must choose their own at the first sign-in.");
        }
        return 0;
    }
}
