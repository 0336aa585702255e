package org.interlocutor.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Map;
import org.interlocutor.contact.BulkAction;
import org.interlocutor.contact.BulkSelection;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.TagRow;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.ui.ColleaguePicker;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.FieldErrors;
import org.interlocutor.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * Bulk actions: add or remove a tag, set the owner, archive or restore, on the ticked rows or on everything the
 * filter finds. The dialog says how many contacts each choice covers before anything changes.
 */
class BulkActionsMenu extends MenuBar {

    private final transient ContactService contacts;
    private final transient StaffDirectory staff;
    private final SerializableFunction<Boolean, BulkSelection> selection;
    private final SerializableSupplier<Integer> selectedCount;
    private final SerializableSupplier<Long> matchingCount;
    private final SerializableRunnable afterwards;

    BulkActionsMenu(ContactService contacts, StaffDirectory staff, SerializableFunction<Boolean, BulkSelection> selection,
                    SerializableSupplier<Integer> selectedCount, SerializableSupplier<Long> matchingCount,
                    SerializableRunnable afterwards) {
        this.contacts = contacts;
        this.staff = staff;
        this.selection = selection;
        this.selectedCount = selectedCount;
        this.matchingCount = matchingCount;
        this.afterwards = afterwards;
        addThemeVariants(MenuBarVariant.TERTIARY);
        addClassName("bulk-menu");
        Span label = new Span(VaadinIcon.TASKS.create(), new Span(getTranslation("bulk.menu")));
        label.addClassName("icon-text");
        SubMenu items = addItem(label).getSubMenu();
        items.addItem(getTranslation("bulk.add-tag"), click -> openTagDialog(true));
        items.addItem(getTranslation("bulk.remove-tag"), click -> openTagDialog(false));
        items.addItem(getTranslation("bulk.set-owner"), click -> openOwnerDialog());
        items.addItem(getTranslation("bulk.archive"), click -> open("bulk.archive", null, () -> new BulkAction.Archive()));
        items.addItem(getTranslation("bulk.restore"), click -> open("bulk.restore", null, () -> new BulkAction.Restore()));
    }

    private void openTagDialog(boolean adding) {
        ComboBox<TagRow> tag = new ComboBox<>(getTranslation("bulk.tag"));
        tag.setItemsPageable((pageable, typed) -> contacts.tags(typed, pageable));
        tag.setItemLabelGenerator(TagRow::name);
        tag.setWidthFull();
        if (adding) {
            tag.setAllowCustomValue(true);
            tag.setHelperText(getTranslation("bulk.tag-help"));
            tag.addCustomValueSetListener(custom -> tag.setValue(new TagRow(-1, custom.getDetail().strip())));
        }
        open(adding ? "bulk.add-tag" : "bulk.remove-tag", tag, () -> {
            TagRow chosen = tag.getValue();
            if (chosen == null) {
                tag.setErrorMessage(getTranslation("error.required"));
                tag.setInvalid(true);
                return null;
            }
            return adding ? new BulkAction.AddTag(chosen.name()) : new BulkAction.RemoveTag(chosen.id());
        });
    }

    private void openOwnerDialog() {
        ColleaguePicker owner = new ColleaguePicker(getTranslation("bulk.owner"), staff);
        owner.setWidthFull();
        owner.setHelperText(getTranslation("bulk.owner-help"));
        open("bulk.set-owner", owner, () -> new BulkAction.SetOwner(owner.getValue() == null ? null
                : owner.getValue().id()));
    }

    /** The action's dialog: the scope, an optional field, and Apply. */
    private void open(String titleKey, com.vaadin.flow.component.@Nullable Component field,
                      SerializableSupplier<@Nullable BulkAction> action) {
        Dialog dialog = new Dialog();
        dialog.addClassName("bulk-dialog");
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("30rem");
        int selected = selectedCount.get();
        long matching = matchingCount.get();
        RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>(getTranslation("bulk.scope"));
        scope.setItems(false, true);
        scope.setItemLabelGenerator(all -> all ? getTranslation("bulk.scope.matching", matching)
                : getTranslation("bulk.scope.selected", selected));
        scope.setItemEnabledProvider(all -> all || selected > 0);
        scope.setValue(selected > 0 ? Boolean.FALSE : Boolean.TRUE);
        dialog.add(scope);
        if (field != null) {
            dialog.add(field);
        }
        dialog.add(new Paragraph(getTranslation("bulk.note")));
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button apply = new Button(getTranslation("bulk.apply"), click -> {
            BulkAction chosen = action.get();
            if (chosen == null) {
                return;
            }
            try {
                int changed = contacts.bulk(selection.apply(Boolean.TRUE.equals(scope.getValue())), chosen);
                dialog.close();
                Notifications.success(getTranslation(changed == 1 ? "bulk.done.one" : "bulk.done", changed));
                afterwards.run();
            } catch (UserFacingException refused) {
                FieldErrors.show(refused, field instanceof com.vaadin.flow.component.HasValidation validated
                        ? Map.of("owner", validated) : Map.of());
            }
        });
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClassName("apply-bulk");
        dialog.getFooter().add(cancel, apply);
        dialog.open();
    }
}
