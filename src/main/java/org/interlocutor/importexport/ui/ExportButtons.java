package org.interlocutor.importexport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;

/** The "Export" button of the lists: opens the choice of format, columns and rows, then downloads the file. */
@org.springframework.stereotype.Component
class ExportButtons implements ListExports {

    private final ExportService exports;

    ExportButtons(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public Component button(ListKind kind, Supplier<ListSnapshot> snapshot) {
        Button button = new Button(VaadinIcon.DOWNLOAD_ALT.create());
        button.setText(button.getTranslation("export.button"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("export-button");
        button.addClickListener(click -> new ExportDialog(exports, kind, snapshot.get()).open());
        return button;
    }
}
