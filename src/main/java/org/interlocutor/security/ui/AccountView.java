package org.interlocutor.security.ui;

import org.interlocutor.shared.ui.Definitions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.interlocutor.security.PasswordPolicy;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.LanguageChoice;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/** The signed-in person's own account: who they are, their password, their language. */
@Route(AppRoutes.ACCOUNT)
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    private final transient UserService users;
    private final UserRow account;

    AccountView(UserService users) {
        this.users = users;
        this.account = users.myAccount();
        addClassNames("view", "account-view");
        if (users.profile(account.username()).map(p -> p.mustChangePassword()).orElse(false)) {
            Paragraph notice = new Paragraph(getTranslation("account.must-change-password"));
            notice.addClassName("notice-warning");
            notice.getElement().setAttribute("role", "alert");
            add(notice);
        }
        add(profileSection(), passwordSection(), languageSection());
    }

    private Section profileSection() {
        Section section = section("account.profile");
        Div details = new Div();
        details.addClassName("definition-list");
        details.add(term("account.username", account.username()),
                term("account.full-name", account.fullName()),
                term("account.email", account.email() == null ? "" : account.email()),
                term("account.role", UiTexts.label(account.role())));
        section.add(details);
        return section;
    }

    private Div term(String labelKey, String value) {
        return Definitions.of(getTranslation(labelKey), value);
    }

    private Section passwordSection() {
        Section section = section("account.password");
        PasswordField current = new PasswordField(getTranslation("account.current-password"));
        PasswordField fresh = new PasswordField(getTranslation("account.new-password"));
        fresh.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("account.repeat-password"));
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        fresh.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        Binder<PasswordChange> binder = new Binder<>();
        binder.forField(current).asRequired(getTranslation("account.current-password-required"))
                .bind(PasswordChange::getCurrent, PasswordChange::setCurrent);
        binder.forField(fresh).asRequired(getTranslation("account.new-password-required"))
                .withValidator((value, context) -> PasswordPolicy.problem(account.username(), value)
                        .map(key -> ValidationResult.error(getTranslation(key, PasswordPolicy.MIN_LENGTH,
                                PasswordPolicy.MAX_LENGTH)))
                        .orElse(ValidationResult.ok()))
                .bind(PasswordChange::getFresh, PasswordChange::setFresh);
        binder.forField(repeat).asRequired(getTranslation("account.repeat-password-required"))
                .withValidator(value -> value.equals(fresh.getValue()), getTranslation("password.error.mismatch"))
                .bind(PasswordChange::getRepeat, PasswordChange::setRepeat);

        Button save = new Button(getTranslation("account.change-password"), click -> {
            PasswordChange change = new PasswordChange();
            if (!binder.writeBeanIfValid(change)) {
                return;
            }
            try {
                users.changeOwnPassword(change.getCurrent(), change.getFresh());
                binder.readBean(new PasswordChange());
                Notifications.success(getTranslation("account.password-changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, Map.of("currentPassword", current, "newPassword", fresh));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("change-password");

        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        section.add(form, save);
        return section;
    }

    private Section languageSection() {
        Section section = section("account.language");
        RadioButtonGroup<Language> languages = new RadioButtonGroup<>();
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(language -> getTranslation(language.messageKey()));
        languages.setValue(Language.of(getLocale()).orElse(Language.ENGLISH));
        languages.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                LanguageChoice.switchTo(change.getValue(), account.username(), users);
            }
        });
        languages.setAriaLabel(getTranslation("account.language"));
        section.add(languages);
        return section;
    }

    private Section section(String titleKey) {
        Section section = new Section();
        section.addClassName("card");
        section.add(new H2(getTranslation(titleKey)));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }

    /** The password form's values, for the binder. */
    static final class PasswordChange {
        private String current = "";
        private String fresh = "";
        private String repeat = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getFresh() {
            return fresh;
        }

        void setFresh(String fresh) {
            this.fresh = fresh;
        }

        String getRepeat() {
            return repeat;
        }

        void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }
}
