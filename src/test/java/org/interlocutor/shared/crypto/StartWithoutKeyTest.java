package org.interlocutor.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interlocutor.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Under the mysql profile, the application refuses to start without INTERLOCUTOR_ENCRYPTION_KEY, before it touches
 * the database, and says what to set instead of printing a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutKeyTest {

    @Test
    void underTheMysqlProfileTheApplicationRefusesToStartWithoutAKeySayingWhatToSet(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("mysql");

        // no database to reach on purpose: the key is checked first
        assertThatThrownBy(() -> application.run("--interlocutor.encryption.key=",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:9/none", "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"))
                .hasRootCauseInstanceOf(EncryptionKeyException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("INTERLOCUTOR_ENCRYPTION_KEY is not set")
                .contains("Encryption at rest");
    }
}
