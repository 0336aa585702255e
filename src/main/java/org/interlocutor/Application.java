package org.interlocutor;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.aura.Aura;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
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
        SpringApplication.run(Application.class, args);
    }
}
