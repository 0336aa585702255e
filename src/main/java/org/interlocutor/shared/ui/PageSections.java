package org.interlocutor.shared.ui;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** Collects the {@link PageSection}s that features contribute to a record page. */
@org.springframework.stereotype.Component
public class PageSections {

    private final transient ObjectProvider<PageSection> sections;

    PageSections(ObjectProvider<PageSection> sections) {
        this.sections = sections;
    }

    public List<com.vaadin.flow.component.Component> create(PageSection.Page page, String recordKey) {
        return sections.orderedStream()
                .filter(section -> section.page() == page)
                .sorted(Comparator.comparingInt(PageSection::order))
                .map(section -> section.create(recordKey))
                .toList();
    }
}
