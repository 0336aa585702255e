package org.interlocutor.audit.ui;

import org.interlocutor.audit.AuditService;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.ui.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The history section on the pages of contacts, organisations and engagements. */
@Configuration(proxyBeanMethods = false)
class RecordHistorySections {

    @Bean
    PageSection contactHistory(AuditService audit) {
        return new RecordHistorySection(audit, PageSection.Page.CONTACT, RecordTypes.CONTACT);
    }

    @Bean
    PageSection organizationHistory(AuditService audit) {
        return new RecordHistorySection(audit, PageSection.Page.ORGANIZATION, RecordTypes.ORGANIZATION);
    }

    @Bean
    PageSection engagementHistory(AuditService audit) {
        return new RecordHistorySection(audit, PageSection.Page.ENGAGEMENT, RecordTypes.ENGAGEMENT);
    }
}
