package org.interlocutor.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.Breadcrumb;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.Definitions;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;

/**
 * One campaign: its status and period, what it is about and what it aims for, then whatever other features add
 * to the page (the engagements logged for it, their follow-ups, the people involved). Managers edit, archive and
 * restore it.
 */
@Route(AppRoutes.CAMPAIGN)
@PermitAll
@StyleSheet("styles/places.css")
class CampaignView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** A bullet someone typed at the start of an objective: "- ", "* ", "• ". */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•–]\\s+");

    private final transient CampaignService campaigns;
    private final transient PageSections pageSections;
    private final transient AuthenticationContext authentication;

    private @Nullable CampaignDetails campaign;
    private long requestedId;
    final StaleNotice staleNotice = new StaleNotice();

    CampaignView(CampaignService campaigns, PageSections pageSections, AuthenticationContext authentication) {
        this.campaigns = campaigns;
        this.pageSections = pageSections;
        this.authentication = authentication;
        addClassNames("view", "record-view", "campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = AppRoutes.id(event.getRouteParameters());
        requestedId = id.orElse(-1L);
        show(id.flatMap(campaigns::find).orElse(null));
    }

    private void reload() {
        show(campaigns.find(requestedId).orElse(null));
    }

    private void show(@Nullable CampaignDetails details) {
        campaign = details;
        removeAll();
        if (details == null) {
            add(notFound());
            return;
        }
        staleNotice.setVisible(false);
        Div texts = new Div(descriptionCard(details.description()), objectivesCard(details.objectives()));
        texts.addClassName("card-row");
        add(breadcrumb(details), header(details), staleNotice, texts, detailsCard(details));
        pageSections.create(PageSection.Page.CAMPAIGN, String.valueOf(details.id())).forEach(this::add);
    }

    private Component notFound() {
        Section card = new Section();
        card.addClassNames("card", "record-not-found");
        card.add(new H2(getTranslation("campaign.not-found.title")),
                new Paragraph(getTranslation("campaign.not-found.text")),
                new Anchor(AppRoutes.CAMPAIGNS, getTranslation("campaign.back-to-list")));
        return card;
    }

    private Component breadcrumb(CampaignDetails details) {
        return new Breadcrumb(getTranslation("campaign.breadcrumb"), AppRoutes.CAMPAIGNS,
                getTranslation("campaigns.title")).current(details.name());
    }

    private Component header(CampaignDetails details) {
        Div title = new Div(new H2(details.name()), CampaignPills.status(details.status()));
        title.addClassName("record-title-line");
        if (details.archived()) {
            title.add(CampaignPills.archived());
        }
        String period = Periods.of(details.startsOn(), details.endsOn());
        Div subtitle = new Div(period.isEmpty() ? getTranslation("campaign.period.none") : period);
        subtitle.addClassNames("record-subtitle", "campaign-period");
        Div heading = new Div(title, subtitle);
        heading.addClassName("record-heading");

        Div header = new Div(heading);
        header.addClassName("record-header");
        if (authentication.hasRole("MANAGER")) {
            header.add(actions(details));
        }
        return header;
    }

    private Component actions(CampaignDetails details) {
        Button edit = new Button(getTranslation("campaign.edit"), VaadinIcon.EDIT.create(),
                click -> openEditDialog(details));
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        edit.addClassName("edit-campaign");
        Button archive = new Button(getTranslation(details.archived() ? "campaign.restore" : "campaign.archive"),
                click -> confirmArchive(details));
        archive.addThemeVariants(ButtonVariant.TERTIARY);
        archive.addClassName(details.archived() ? "restore-campaign" : "archive-campaign");
        Div actions = new Div(edit, archive);
        actions.addClassName("record-actions");
        return actions;
    }

    /** The description as it was typed, line breaks kept. */
    private Card descriptionCard(@Nullable String description) {
        Paragraph content = new Paragraph(description == null ? getTranslation("campaign.description.empty")
                : description);
        content.addClassName(description == null ? "empty-state" : "campaign-text");
        return new Card(getTranslation("campaign.description"), content).withClass("campaign-description");
    }

    /**
     * The objectives, one per line as the form asks: several lines read as a list (a bullet typed at the start of
     * a line is dropped, the list draws its own), a single one as a sentence.
     */
    private Card objectivesCard(@Nullable String objectives) {
        Card card = new Card(getTranslation("campaign.objectives"), objectivesContent(objectives));
        return card.withClass("campaign-objectives");
    }

    private Component objectivesContent(@Nullable String objectives) {
        if (objectives == null) {
            Paragraph empty = new Paragraph(getTranslation("campaign.objectives.empty"));
            empty.addClassName("empty-state");
            return empty;
        }
        List<String> lines = objectives.lines().map(line -> BULLET.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty()).toList();
        if (lines.size() == 1) {
            Paragraph single = new Paragraph(lines.getFirst());
            single.addClassName("campaign-text");
            return single;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("objective-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private Component detailsCard(CampaignDetails details) {
        Div list = new Div();
        list.addClassName("definition-list");
        list.add(Definitions.of(getTranslation("campaign.field.status"), CampaignPills.status(details.status())));
        list.add(Definitions.of(getTranslation("campaign.field.period"),
                Periods.of(details.startsOn(), details.endsOn())));
        list.add(Definitions.of(getTranslation("campaign.field.created"),
                getTranslation("campaign.done-by", Formats.dateTime(details.createdAt()), details.createdBy())));
        list.add(Definitions.of(getTranslation("campaign.field.last-updated"),
                getTranslation("campaign.done-by", Formats.dateTime(details.updatedAt()), details.updatedBy())));
        return new Card(getTranslation("campaign.details"), list).withClass("campaign-details");
    }

    private void openEditDialog(CampaignDetails details) {
        CampaignDialog.forExisting(campaigns, details, saved -> {
            Notifications.success(getTranslation("campaign.saved", saved.name()));
            show(saved);
        }, this::reload).open();
    }

    private void confirmArchive(CampaignDetails details) {
        boolean archiving = !details.archived();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(archiving ? "campaign.archive.title" : "campaign.restore.title",
                details.name()));
        confirm.setText(getTranslation(archiving ? "campaign.archive.text" : "campaign.restore.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(archiving ? "campaign.archive" : "campaign.restore"));
        if (archiving) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            try {
                CampaignDetails saved = campaigns.setArchived(details.id(), details.version(), archiving);
                Notifications.success(getTranslation(archiving ? "campaign.archived" : "campaign.restored",
                        saved.name()));
                show(saved);
            } catch (StaleRecordException stale) {
                staleNotice.show(stale, this::reload);
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.not-found.title") : campaign.name();
    }

    /** A titled card of the page. */
    static final class Card extends Section {

        Card(String title, Component content) {
            addClassName("card");
            Div header = new Div(new H2(title));
            header.addClassName("card-header");
            add(header, content);
        }

        Card withClass(String className) {
            addClassName(className);
            return this;
        }
    }
}
