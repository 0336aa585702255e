package org.interlocutor;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.aura.Aura;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Interlocutor: the stakeholder-engagement CRM. Also the Vaadin app shell, which is why it carries the
 * theme and the application's own style sheet.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "referrer", content = "no-referrer")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            runCommand(args);
            return;
        }
        SpringApplication.run(Application.class, args);
    }

    /** {@code java -jar interlocutor.jar <command> [--options]}: the command runs without the web server. */
    private static void runCommand(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(java.util.Map.of("interlocutor.command", args[0],
                "spring.main.banner-mode", "off",
                // Vaadin's auto-configuration needs a web server, which a command does not start
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        System.exit(SpringApplication.exit(application.run(args)));
    }
}
