package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens the log-engagement dialog, empty or preset, and says when it was saved: the one way every screen of this
 * feature (the header button, the contact and organisation pages, the engagement page, the engagements list) opens
 * it. Each method opens the dialog and returns it; {@code onSaved} runs after the save, once the dialog is closed
 * and the confirmation shown.
 */
@Component
class EngagementLogger {

    private final LogEngagementDialog.Services services;
    private final CurrentUser currentUser;

    EngagementLogger(EngagementService engagements, ContactService contacts, OrganizationService organizations,
                     StaffDirectory staff, CampaignService campaigns, CurrentUser currentUser, Clock clock) {
        this.services = new LogEngagementDialog.Services(engagements, contacts, organizations, staff, campaigns,
                clock);
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person may log engagements at all (officers and above). */
    boolean canLog() {
        return currentUser.get().map(user -> user.role().includes(Role.OFFICER)).orElse(false);
    }

    /** An empty form: the person logging is present, it is a meeting, now. */
    LogEngagementDialog open(SerializableConsumer<EngagementDetails> onSaved) {
        return openNew(LogEngagementDialog.Preset.NONE, onSaved);
    }

    /** A form with this contact among the participants (from their page). */
    LogEngagementDialog openWithContact(long contactId, SerializableConsumer<EngagementDetails> onSaved) {
        return openNew(new LogEngagementDialog.Preset(services.contacts().rowsOf(List.of(contactId)), List.of()),
                onSaved);
    }

    /** A form with this organisation among the organisations (from its page). */
    LogEngagementDialog openWithOrganization(long organizationId, SerializableConsumer<EngagementDetails> onSaved) {
        return openNew(new LogEngagementDialog.Preset(List.of(),
                services.organizations().find(organizationId).filter(row -> !row.archived()).stream().toList()),
                onSaved);
    }

    /**
     * A form preset for an outreach plan's target: the contact or the organisation (when given and still there) and
     * the plan's campaign (unless archived since).
     */
    LogEngagementDialog openFor(@Nullable Long contactId, @Nullable Long organizationId, long campaignId,
                                SerializableConsumer<EngagementDetails> onSaved) {
        List<ContactRow> people = contactId == null ? List.of() : services.contacts().rowsOf(List.of(contactId));
        List<OrganizationRow> organizations = organizationId == null ? List.of()
                : services.organizations().find(organizationId).filter(row -> !row.archived()).stream().toList();
        List<CampaignRow> campaigns = services.campaigns().byIds(List.of(campaignId)).values().stream()
                .filter(row -> !row.archived()).toList();
        return openNew(new LogEngagementDialog.Preset(people, organizations, campaigns), onSaved);
    }

    /** The form for an engagement as it is now; nothing opens, and the person is told, when it is gone. */
    Optional<LogEngagementDialog> openEdit(long engagementId, SerializableConsumer<EngagementDetails> onSaved) {
        Optional<EngagementDetails> details = services.engagements().find(engagementId)
                .filter(EngagementDetails::editable);
        if (details.isEmpty()) {
            Notifications.error(UiTexts.translate("logging.gone"));
        }
        return details.map(found -> openEdit(found, onSaved));
    }

    LogEngagementDialog openEdit(EngagementDetails details, SerializableConsumer<EngagementDetails> onSaved) {
        LogEngagementDialog dialog = LogEngagementDialog.forExisting(services, me(), details, saved -> {
            Notifications.success(UiTexts.translate("logging.saved", saved.row().title()));
            onSaved.accept(saved);
        });
        dialog.open();
        return dialog;
    }

    private LogEngagementDialog openNew(LogEngagementDialog.Preset preset,
                                        SerializableConsumer<EngagementDetails> onSaved) {
        LogEngagementDialog dialog = LogEngagementDialog.forNew(services, me(), preset, saved -> {
            confirmLogged(saved);
            onSaved.accept(saved);
        });
        dialog.open();
        return dialog;
    }

    private @Nullable StaffMember me() {
        return currentUser.get().map(SignedInUser::id).flatMap(services.staff()::find).orElse(null);
    }

    /** "Engagement logged", with a way to open it: the dialog may have been opened from any screen. */
    private static void confirmLogged(EngagementDetails saved) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(8000);
        notification.addClassName("engagement-logged");
        Span text = new Span(UiTexts.translate("logging.logged", saved.row().title()));
        Button open = new Button(UiTexts.translate("logging.open"), click -> {
            notification.close();
            UI.getCurrent().navigate(AppRoutes.engagement(saved.id()));
        });
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        open.addClassName("open-engagement");
        Div content = new Div(text, open);
        content.addClassName("notification-with-action");
        notification.add(content);
        notification.open();
    }
}
