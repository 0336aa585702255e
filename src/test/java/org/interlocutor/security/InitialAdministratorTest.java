package org.interlocutor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("the password\\s+(\\S+)\\s");

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final PasswordEncoder passwordEncoder = new PasswordHashingConfiguration().passwordEncoder();

    private UserAccount runOnEmptyDatabase(String configuredPassword) {
        when(accounts.count()).thenReturn(0L);
        new InitialAdministrator(accounts, passwordEncoder, Clock.systemUTC(), "admin", configuredPassword)
                .run(new DefaultApplicationArguments());
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        return saved.getValue();
    }

    @Test
    void withoutConfiguredPasswordGeneratesOneAndPrintsItOnce(CapturedOutput output) {
        UserAccount admin = runOnEmptyDatabase("");

        Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as("the generated password is printed").isTrue();
        String password = printed.group(1);
        assertThat(printed.find()).as("printed only once").isFalse();
        assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(passwordEncoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void generatedPasswordsDifferFromOneStartToAnother() {
        UserAccount first = runOnEmptyDatabase("");
        org.mockito.Mockito.reset(accounts);
        UserAccount second = runOnEmptyDatabase("");

        assertThat(passwordEncoder.matches(PasswordGenerator.generate(), first.passwordHash())).isFalse();
        assertThat(first.passwordHash()).isNotEqualTo(second.passwordHash());
    }

    @Test
    void configuredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        UserAccount admin = runOnEmptyDatabase("from the environment");

        assertThat(passwordEncoder.matches("from the environment", admin.passwordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain("from the environment");
        assertThat(admin.mustChangePassword()).isFalse();
    }

    @Test
    void tooShortConfiguredPasswordStopsTheStartWithAClearMessage() {
        when(accounts.count()).thenReturn(0L);
        InitialAdministrator initial = new InitialAdministrator(accounts, passwordEncoder, Clock.systemUTC(),
                "admin", "short");

        assertThatThrownBy(() -> initial.run(new DefaultApplicationArguments()))
                .hasMessageContaining("INTERLOCUTOR_ADMIN_PASSWORD").hasMessageContaining("12");
        verify(accounts, never()).save(any());
    }

    @Test
    void doesNothingWhenUsersExist() {
        when(accounts.count()).thenReturn(3L);

        new InitialAdministrator(accounts, passwordEncoder, Clock.systemUTC(), "admin", "")
                .run(new DefaultApplicationArguments());

        verify(accounts, never()).save(any());
    }
}
