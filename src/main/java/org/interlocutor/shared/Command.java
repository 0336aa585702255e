package org.interlocutor.shared;

import java.util.List;

/**
 * A command-line task of the packaged application ({@code java -jar interlocutor.jar demo-data --contacts=1000}):
 * the same services as the screens, without the web server.
 */
public interface Command {

    /** The word that selects the command on the command line. */
    String name();

    /** One line on what the command does and its options, for the usage message. */
    String usage();

    /** Runs the command; returns the process exit code (0 for success). */
    int run(CommandArguments arguments) throws Exception;

    /** The options given after the command's name: {@code --name=value} or {@code --flag}. */
    record CommandArguments(List<String> raw) {

        public String option(String name, String fallback) {
            String prefix = "--" + name + "=";
            return raw.stream().filter(argument -> argument.startsWith(prefix))
                    .map(argument -> argument.substring(prefix.length())).reduce((first, last) -> last)
                    .orElse(fallback);
        }

        public int intOption(String name, int fallback) {
            String value = option(name, Integer.toString(fallback)).replace("_", "").replace(",", "");
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("--" + name + " needs a whole number, not '" + value + "'");
            }
        }

        public boolean flag(String name) {
            return raw.contains("--" + name) || option(name, "false").equals("true");
        }
    }
}
