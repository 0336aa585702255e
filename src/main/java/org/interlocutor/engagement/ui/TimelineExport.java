package org.interlocutor.engagement.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.interlocutor.engagement.EngagementListQuery;
import org.interlocutor.shared.ui.ListExports;
import org.interlocutor.shared.ui.ListSnapshot;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;

/** The export of a record's history (a contact's, an organisation's, a country's, a campaign's), when offered. */
final class TimelineExport {

    private TimelineExport() {
    }

    static Optional<Component> button(ObjectProvider<ListExports> exports, EngagementListQuery query) {
        ListExports available = exports.getIfAvailable();
        return available == null ? Optional.empty() : Optional.of(available.button(ListExports.ListKind.ENGAGEMENTS,
                () -> new ListSnapshot(query.queryString(), Sort.unsorted(), List.of(), List.of())));
    }
}
