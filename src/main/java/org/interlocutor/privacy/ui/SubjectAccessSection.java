package org.interlocutor.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.interlocutor.privacy.SubjectAccessFormat;
import org.interlocutor.privacy.SubjectAccessService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.PageSection;

/**
 * On a contact's page, for administrators only: the subject-access export of everything held on the person, as a
 * workbook or a JSON document. Others get nothing (the service refuses them as well).
 */
@org.springframework.stereotype.Component
class SubjectAccessSection implements PageSection {

    private final SubjectAccessService subjectAccess;
    private final CurrentUser currentUser;

    SubjectAccessSection(SubjectAccessService subjectAccess, CurrentUser currentUser) {
        this.subjectAccess = subjectAccess;
        this.currentUser = currentUser;
    }

    @Override
    public Page page() {
        return Page.CONTACT;
    }

    @Override
    public int order() {
        return 1100;
    }

    @Override
    public Component create(String recordKey) {
        boolean admin = currentUser.get().filter(user -> user.role() == Role.ADMIN).isPresent();
        if (!admin) {
            Div nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        long contactId = Long.parseLong(recordKey);
        // read in the screen's thread: the download is written in another
        Locale locale = Formats.locale();
        ZoneId zone = Formats.zone();
        Section card = new Section();
        card.addClassNames("card", "subject-access-card");
        card.add(new H2(card.getTranslation("privacy.section.title")));
        Paragraph note = new Paragraph(card.getTranslation("privacy.section.note"));
        note.addClassName("empty-note");
        Div buttons = new Div(download(card, contactId, SubjectAccessFormat.XLSX, locale, zone),
                download(card, contactId, SubjectAccessFormat.JSON, locale, zone));
        buttons.addClassName("subject-access-downloads");
        card.add(note, buttons);
        return card;
    }

    private Anchor download(Section card, long contactId, SubjectAccessFormat format, Locale locale, ZoneId zone) {
        Anchor link = new Anchor((DownloadEvent event) -> {
            event.setFileName(card.getTranslation(locale, "privacy.file-name") + "-" + contactId + "-"
                    + LocalDate.now(zone) + "." + format.extension());
            event.setContentType(format.mediaType());
            try (OutputStream out = event.getOutputStream()) {
                subjectAccess.export(contactId, format, locale, zone, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "");
        Button button = new Button(card.getTranslation("privacy.section.download." + format.extension()),
                VaadinIcon.DOWNLOAD_ALT.create());
        link.add(button);
        link.addClassName("subject-access-" + format.extension());
        return link;
    }
}
