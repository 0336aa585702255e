package org.interlocutor.shared;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Command} named by {@code interlocutor.command} once the application has started without its web
 * server (see {@code Application.main}), and keeps its exit code for the process.
 */
@Component
@Order(100)
class CommandLineRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CommandLineRunner.class);

    private final List<Command> commands;
    private final String commandName;
    private int exitCode;

    CommandLineRunner(List<Command> commands, @Value("${interlocutor.command:}") String commandName) {
        this.commands = commands;
        this.commandName = commandName;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        if (commandName.isBlank()) {
            return;
        }
        Optional<Command> command = commands.stream().filter(candidate -> candidate.name().equals(commandName))
                .findFirst();
        if (command.isEmpty()) {
            boolean asked = commandName.equals("help");
            var out = asked ? System.out : System.err;
            out.println(asked ? "The commands are:" : "Unknown command '" + commandName + "'. The commands are:");
            commands.stream().sorted(Comparator.comparing(Command::name))
                    .forEach(known -> out.println("  " + known.name() + "  " + known.usage()));
            exitCode = asked ? 0 : 2;
            return;
        }
        List<String> options = Arrays.stream(arguments.getSourceArgs()).skip(1).toList();
        try {
            exitCode = command.get().run(new Command.CommandArguments(options));
        } catch (IllegalArgumentException badOption) {
            System.err.println(commandName + ": " + badOption.getMessage());
            System.err.println("Usage: " + commandName + " " + command.get().usage());
            exitCode = 2;
        } catch (Exception failure) {
            log.error("{} failed", commandName, failure);
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
