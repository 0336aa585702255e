package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;
import org.interlocutor.importexport.ImportBatchRow;
import org.interlocutor.importexport.ImportService;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.ui.Notifications;
import org.interlocutor.shared.ui.UiTexts;

/** Asks before taking an import back, then undoes it and says so; the wizard's result and the list share it. */
final class UndoConfirmation {

    private UndoConfirmation() {
    }

    static ConfirmDialog open(ImportService imports, ImportBatchRow batch, Consumer<ImportBatchRow> onUndone) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("undo-import-dialog");
        confirm.setHeader(UiTexts.translate("imports.undo.title", batch.fileName()));
        confirm.setText(UiTexts.translate("imports.undo.text", batch.created(), batch.updated()));
        confirm.setCancelable(true);
        confirm.setCancelText(UiTexts.translate("action.cancel"));
        confirm.setConfirmText(UiTexts.translate("imports.undo.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                ImportBatchRow undone = imports.undo(batch.id());
                Notifications.success(UiTexts.translate("imports.undo.done", undone.fileName()));
                onUndone.accept(undone);
            } catch (UserFacingException refused) {
                Notifications.error(UiTexts.message(refused));
            }
        });
        confirm.open();
        return confirm;
    }
}
