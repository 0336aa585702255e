package org.interlocutor.security.ui;

import org.interlocutor.shared.ui.StaleNotice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Map;
import org.interlocutor.security.NewUser;
import org.interlocutor.security.PasswordGenerator;
import org.interlocutor.security.PasswordPolicy;
import org.interlocutor.security.Role;
import org.interlocutor.security.UserChanges;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.UiTexts;
import org.interlocutor.shared.ui.UnsavedChangesPanel;
import org.interlocutor.shared.ui.UnsavedInput;
import org.jspecify.annotations.Nullable;

/** Creates an account, or edits one's name, email and role. */
class UserDialog extends Dialog {

    private final transient UserService users;
    private final @Nullable UserRow existing;
    private final SerializableConsumer<UserRow> onSaved;
    private final SerializableRunnable reload;

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Select<Language> language = new Select<>();
    final PasswordField password = new PasswordField();
    private final StaleNotice staleNotice = new StaleNotice();
    final UnsavedChangesPanel unsaved = new UnsavedChangesPanel();
    private final Binder<UserForm> binder = new Binder<>();
    private final UnsavedInput typed;

    static UserDialog forNewUser(UserService users, SerializableConsumer<UserRow> onCreated) {
        return new UserDialog(users, null, onCreated, () -> { });
    }

    static UserDialog forExistingUser(UserService users, UserRow row, SerializableConsumer<UserRow> onSaved,
                                      SerializableRunnable onReload) {
        return new UserDialog(users, row, onSaved, onReload);
    }

    private UserDialog(UserService users, @Nullable UserRow existing, SerializableConsumer<UserRow> onSaved,
                       SerializableRunnable onReload) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        this.reload = onReload;
        addClassName("user-dialog");
        setHeaderTitle(existing == null ? getTranslation("users.new")
                : getTranslation("users.edit.title", existing.fullName()));
        setWidth("34rem");

        username.setLabel(getTranslation("users.column.username"));
        username.setHelperText(getTranslation("users.username-help"));
        fullName.setLabel(getTranslation("users.column.full-name"));
        email.setLabel(getTranslation("users.column.email"));
        role.setLabel(getTranslation("users.column.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(UiTexts::label);
        language.setLabel(getTranslation("users.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(UiTexts::label);
        password.setLabel(getTranslation("users.initial-password"));
        password.setHelperText(getTranslation("users.initial-password-help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button generate = new Button(getTranslation("users.generate-password"), click -> {
            password.setValue(PasswordGenerator.generate());
            password.setRevealButtonVisible(true);
        });
        generate.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        password.setSuffixComponent(generate);

        bindFields();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (existing == null) {
            form.add(username, fullName, email, role, language, password);
            binder.readBean(new UserForm());
        } else {
            username.setReadOnly(true);
            form.add(username, fullName, email, role);
            binder.readBean(UserForm.of(existing));
        }
        typed = UnsavedInput.of(fullName, email, role).baseline();

        add(staleNotice, unsaved, form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation(existing == null ? "users.create" : "action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-user");
        getFooter().add(cancel, save);
    }

    private void bindFields() {
        binder.forField(username).asRequired(getTranslation("users.username-required"))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(fullName).asRequired(getTranslation("user.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("error.too-long", 200), 0, 200))
                .bind(UserForm::getFullName, UserForm::setFullName);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("error.email-format"), true))
                .bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(role).asRequired(getTranslation("users.role-required"))
                .bind(UserForm::getRole, UserForm::setRole);
        if (existing == null) {
            binder.forField(language).asRequired().bind(UserForm::getLanguage, UserForm::setLanguage);
            binder.forField(password).asRequired(getTranslation("users.password-required"))
                    .withValidator((value, context) -> PasswordPolicy.problem(username.getValue(), value)
                            .map(key -> ValidationResult.error(getTranslation(key, PasswordPolicy.MIN_LENGTH,
                                    PasswordPolicy.MAX_LENGTH)))
                            .orElse(ValidationResult.ok()))
                    .bind(UserForm::getPassword, UserForm::setPassword);
        }
    }

    private void save() {
        UserForm form = new UserForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            UserRow saved = existing == null
                    ? users.create(new NewUser(form.getUsername(), form.getFullName(), form.getEmail(),
                            form.getRole(), form.getLanguage(), form.getPassword()))
                    : users.update(existing.id(), new UserChanges(form.getFullName(), form.getEmail(),
                            form.getRole(), existing.version()));
            close();
            onSaved.accept(saved);
        } catch (StaleRecordException stale) {
            showStaleNotice(stale);
        } catch (UserFacingException refused) {
            FieldErrors.show(refused, Map.of("username", username, "fullName", fullName, "email", email,
                    "initialPassword", password));
        }
    }

    /**
     * Someone saved this account meanwhile: keep what was typed, and offer to load their version, which opens in a
     * fresh form with what was typed listed beside it.
     */
    private void showStaleNotice(StaleRecordException stale) {
        staleNotice.show(stale, () -> {
            if (existing == null) {
                return;
            }
            List<UnsavedInput.Entry> changes = typed.changes();
            users.find(existing.id()).ifPresent(fresh -> {
                close();
                reload.run();
                UserDialog again = forExistingUser(users, fresh, onSaved, reload);
                again.unsaved.show(changes);
                again.open();
            });
        });
    }

    /** The dialog's values, for the binder. */
    static final class UserForm {
        private String username = "";
        private String fullName = "";
        private String email = "";
        private Role role = Role.OFFICER;
        private Language language = Language.ENGLISH;
        private String password = "";

        static UserForm of(UserRow row) {
            UserForm form = new UserForm();
            form.username = row.username();
            form.fullName = row.fullName();
            form.email = row.email() == null ? "" : row.email();
            form.role = row.role();
            form.language = row.language();
            return form;
        }

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getFullName() {
            return fullName;
        }

        void setFullName(String fullName) {
            this.fullName = fullName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        Role getRole() {
            return role;
        }

        void setRole(Role role) {
            this.role = role;
        }

        Language getLanguage() {
            return language;
        }

        void setLanguage(Language language) {
            this.language = language;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }
    }
}
