package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.FollowUpStatus;
import org.interlocutor.engagement.FollowUpWindow;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.DatePickers;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.interlocutor.shared.ui.MenuBadge;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.StaleNotice;
import org.interlocutor.shared.ui.UiTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;

/**
 * The signed-in person's open follow-ups in three parts, overdue, due this week and later, each soonest due first,
 * with what can be done to one: mark it done, cancel it, hand it to a colleague, move its due date. Follow-ups are
 * held by officers and above; a viewer is told so.
 */
@Route(AppRoutes.FOLLOW_UPS)
@PermitAll
@Menu(title = "menu.follow-ups", order = 12, icon = "vaadin:tasks")
class MyFollowUpsView extends Main implements HasDynamicTitle {

    private static final int SHORT = 10;

    private final transient FollowUpService followUps;
    private final transient StaffDirectory staff;
    private final transient Clock clock;
    final StaleNotice staleNotice = new StaleNotice();
    final Map<FollowUpWindow, FollowUpGrid> grids = new EnumMap<>(FollowUpWindow.class);
    private final Map<FollowUpWindow, Span> counts = new EnumMap<>(FollowUpWindow.class);
    private final Map<FollowUpWindow, Paragraph> empties = new EnumMap<>(FollowUpWindow.class);

    MyFollowUpsView(FollowUpService followUps, StaffDirectory staff, Clock clock,
                    AuthenticationContext authentication, ObjectProvider<ListExports> exports) {
        this.followUps = followUps;
        this.staff = staff;
        this.clock = clock;
        addClassNames("view", "my-follow-ups-view");
        if (!authentication.hasRole("OFFICER")) {
            Paragraph none = new Paragraph(getTranslation("my-follow-ups.viewer"));
            none.addClassName("empty-note");
            add(none);
            return;
        }
        exports.ifAvailable(available -> {
            Div bar = new Div(available.button(ListExports.ListKind.FOLLOW_UPS,
                    () -> new ListSnapshot("", Sort.unsorted(), List.of(), tickedIds())));
            bar.addClassName("list-actions");
            add(bar);
        });
        add(staleNotice);
        for (FollowUpWindow window : FollowUpWindow.values()) {
            add(section(window));
        }
        refresh();
    }

    /** The follow-ups ticked in every window, overdue ones first. */
    List<Long> tickedIds() {
        return grids.values().stream().flatMap(grid -> grid.getSelectedItems().stream()).map(FollowUpRow::id)
                .toList();
    }

    private Component section(FollowUpWindow window) {
        FollowUpGrid grid = new FollowUpGrid(LocalDate.now(clock)).withDescription().withDueDate().withEngagement()
                .withPeople();
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("follow-up-list.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addClassName("window-" + window.name().toLowerCase(Locale.ROOT));
        // ticked follow-ups, in any of the windows, can be exported on their own
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Span count = new Span();
        count.addClassNames("status-pill", "window-count");
        Paragraph empty = new Paragraph(getTranslation("my-follow-ups.empty." + window.name()));
        empty.addClassName("empty-note");
        grids.put(window, grid);
        counts.put(window, count);
        empties.put(window, empty);
        SectionCard card = new SectionCard(UiTexts.label(window), "follow-up-window").withTitleSuffix(count)
                .withContent(grid, empty);
        card.addClassName("window-" + window.name().toLowerCase(Locale.ROOT) + "-card");
        return card;
    }

    private Component actions(FollowUpRow row) {
        return new RowActions(row);
    }

    /** "Done" for the usual case, and the rarer changes behind a menu button. */
    final class RowActions extends Div {

        final ContextMenu menu;

        RowActions(FollowUpRow row) {
            addClassName("row-actions");
            Button done = new Button(getTranslation("my-follow-ups.done"), VaadinIcon.CHECK.create(),
                    click -> close(row, FollowUpStatus.DONE));
            done.addThemeVariants(ButtonVariant.SMALL);
            done.addClassName("mark-done");
            done.setAriaLabel(getTranslation("my-follow-ups.done.label", row.description()));
            Button more = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
            more.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            more.addClassName("follow-up-more");
            more.setAriaLabel(getTranslation("my-follow-ups.more", row.description()));
            more.setTooltipText(getTranslation("my-follow-ups.more.tooltip"));
            menu = new ContextMenu(more);
            menu.setOpenOnClick(true);
            menu.addItem(getTranslation("my-follow-ups.reschedule"), click -> reschedule(row));
            menu.addItem(getTranslation("my-follow-ups.reassign"), click -> reassign(row));
            menu.addItem(getTranslation("my-follow-ups.cancel"), click -> close(row, FollowUpStatus.CANCELLED));
            add(done, more);
        }
    }

    private void close(FollowUpRow row, FollowUpStatus status) {
        FollowUpRow closed = change(() -> followUps.close(row.id(), row.version(), status));
        if (closed != null) {
            String message = getTranslation(status == FollowUpStatus.DONE ? "my-follow-ups.done.notice"
                    : "my-follow-ups.cancel.notice", row.description());
            undoable(message, () -> change(() -> followUps.close(closed.id(), closed.version(), FollowUpStatus.OPEN)));
        }
    }

    private void reschedule(FollowUpRow row) {
        DatePicker dueOn = DatePickers.localized(new DatePicker(getTranslation("my-follow-ups.reschedule.field")));
        dueOn.setValue(row.dueOn());
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.addClassName("new-due-date");
        new FollowUpChangeDialog<>(getTranslation("my-follow-ups.reschedule.title"), row, dueOn,
                getTranslation("my-follow-ups.reschedule.save"), (current, date) -> {
                    followUps.reschedule(current.id(), current.version(), date);
                    changed();
                    Notifications.success(getTranslation("my-follow-ups.reschedule.notice", row.description()));
                }, FollowUpRow::dueOn, followUps::find, this::reload).open();
    }

    private void reassign(FollowUpRow row) {
        ColleaguePicker assignee = new ColleaguePicker(getTranslation("my-follow-ups.reassign.field"), staff);
        assignee.setRequiredIndicatorVisible(true);
        assignee.addClassName("new-assignee");
        new FollowUpChangeDialog<StaffMember, ColleaguePicker>(getTranslation("my-follow-ups.reassign.title"), row,
                assignee, getTranslation("my-follow-ups.reassign.save"), (current, colleague) -> {
                    followUps.reassign(current.id(), current.version(), colleague.id());
                    changed();
                    Notifications.success(getTranslation("my-follow-ups.reassign.notice", row.description(),
                            colleague.displayName()));
                }, current -> staff.find(current.assigneeId()).orElse(null), followUps::find, this::reload).open();
    }

    /** Runs a change; a follow-up someone else changed meanwhile shows the stale notice instead. */
    private @Nullable FollowUpRow change(Supplier<FollowUpRow> action) {
        try {
            FollowUpRow changed = action.get();
            changed();
            return changed;
        } catch (StaleRecordException stale) {
            staleNotice.show(stale, this::reload);
        } catch (UserFacingException refused) {
            Notifications.error(UiTexts.message(refused));
        }
        return null;
    }

    private void undoable(String message, Runnable undo) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        notification.setDuration(6000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undoButton = new Button(getTranslation("my-follow-ups.undo"), click -> {
            notification.close();
            undo.run();
        });
        undoButton.addThemeVariants(ButtonVariant.SMALL);
        undoButton.addClassName("undo");
        Div content = new Div(new Span(message), undoButton);
        content.addClassName("notification-with-action");
        notification.add(content);
        notification.open();
    }

    private void reload() {
        staleNotice.setVisible(false);
        changed();
    }

    /** The lists and the number beside the navigation entry, read again after a change. */
    private void changed() {
        refresh();
        MenuBadge.refreshShown();
    }

    void refresh() {
        for (FollowUpWindow window : FollowUpWindow.values()) {
            FollowUpGrid grid = grids.get(window);
            int found = PagedFill.fill(grid, pageable -> followUps.mine(window, pageable), SHORT, "24rem");
            empties.get(window).setVisible(found == 0);
            long count = found <= SHORT ? found : followUps.countMine(window);
            counts.get(window).setText(String.valueOf(count));
            counts.get(window).setVisible(count > 0);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-follow-ups.title");
    }
}
