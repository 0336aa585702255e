package org.interlocutor.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.outreach.OutreachPlanRow;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.outreach.TargetStatus;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.UiTexts;

/**
 * On a campaign's page: its outreach plans with their progress for the reader, the soonest target date first, and
 * "New plan" for managers. Archived plans show on request.
 */
@org.springframework.stereotype.Component
class CampaignPlansSection implements PageSection {

    private static final int SHORT = 8;

    private final transient OutreachService outreach;
    private final transient CampaignService campaigns;
    private final transient StaffDirectory staff;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;

    CampaignPlansSection(OutreachService outreach, CampaignService campaigns, StaffDirectory staff,
                         CurrentUser currentUser, Clock clock) {
        this.outreach = outreach;
        this.campaigns = campaigns;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Page page() {
        return Page.CAMPAIGN;
    }

    /** Before the campaign's engagements (50): the plan says what the engagements are for. */
    @Override
    public int order() {
        return 40;
    }

    /** A bean of the whole application (commands run without a web session): asks who is signed in each time. */
    private boolean manages() {
        return currentUser.get().map(user -> user.role().includes(Role.MANAGER)).orElse(false);
    }

    @Override
    public Component create(String recordKey) {
        return new PlansCard(Long.parseLong(recordKey));
    }

    /** The card itself: one per campaign page. */
    @StyleSheet("styles/outreach.css")
    final class PlansCard extends Section {

        final Grid<OutreachPlanRow> grid = new Grid<>(OutreachPlanRow.class, false);
        final Checkbox showArchived = new Checkbox();
        private final Paragraph empty = new Paragraph();
        private final long campaignId;

        PlansCard(long campaignId) {
            this.campaignId = campaignId;
            addClassNames("card", "campaign-plans");
            Div heading = new Div(new H2(UiTexts.translate("outreach.section.title")));
            heading.addClassName("card-heading");
            boolean campaignLive = campaigns.find(campaignId).filter(campaign -> !campaign.archived()).isPresent();
            if (manages() && campaignLive) {
                Button create = new Button(UiTexts.translate("outreach.plan.new"), VaadinIcon.PLUS.create(),
                        click -> PlanDialog.forNew(outreach, staff, campaignId, LocalDate.now(clock), created -> {
                            Notifications.success(UiTexts.translate("outreach.plan.created", created.name()));
                            UI.getCurrent().navigate(OutreachNavigation.toPlan(created.id()));
                        }).open());
                create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                create.addClassName("new-plan");
                heading.add(create);
            }
            configureGrid();
            empty.addClassName("empty-note");
            showArchived.setLabel(UiTexts.translate("outreach.section.show-archived"));
            showArchived.addClassName("show-archived-plans");
            showArchived.addValueChangeListener(change -> refresh());
            showArchived.setVisible(outreach.countPlans(campaignId, true) > outreach.countPlans(campaignId, false));
            add(heading, grid, empty, showArchived);
            refresh();
        }

        private void configureGrid() {
            grid.addClassName("plans-grid");
            grid.addThemeVariants(GridVariant.AURA_NO_BORDER);
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            grid.addComponentColumn(this::nameCell).setKey("name")
                    .setHeader(UiTexts.translate("outreach.section.column.name")).setFlexGrow(3);
            grid.addColumn(OutreachPlanRow::officerName).setKey("officer")
                    .setHeader(UiTexts.translate("outreach.section.column.officer")).setFlexGrow(2);
            grid.addColumn(row -> Formats.date(row.targetOn())).setKey("target-on")
                    .setHeader(UiTexts.translate("outreach.section.column.target-on")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addComponentColumn(row -> PlanPills.priority(row.priority())).setKey("priority")
                    .setHeader(UiTexts.translate("outreach.section.column.priority")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addComponentColumn(row -> new PlanProgressBar(row.progress())).setKey("progress")
                    .setHeader(UiTexts.translate("outreach.section.column.progress")).setFlexGrow(2);
        }

        private Component nameCell(OutreachPlanRow row) {
            Anchor link = new Anchor(OutreachNavigation.toPlan(row.id()), row.name());
            link.addClassName("plan-link");
            Span cell = new Span(link);
            cell.addClassName("name-cell");
            if (row.archived()) {
                cell.add(PlanPills.archived());
            } else if (row.progress().count(TargetStatus.OVERDUE) > 0) {
                cell.add(PlanPills.overdue());
            }
            return cell;
        }

        private void refresh() {
            boolean archived = showArchived.getValue();
            long total = outreach.countPlans(campaignId, archived);
            grid.setItemsPageable(pageable -> outreach.plans(campaignId, archived, pageable).getContent(),
                    pageable -> total);
            grid.setAllRowsVisible(total <= SHORT);
            grid.setHeight(total <= SHORT ? null : "24rem");
            grid.setVisible(total > 0);
            empty.setText(UiTexts.translate(manages() ? "outreach.section.empty.manager"
                    : "outreach.section.empty"));
            empty.setVisible(total == 0);
        }
    }
}
