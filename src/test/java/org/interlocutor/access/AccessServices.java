package org.interlocutor.access;

import org.interlocutor.audit.AuditService;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.RetentionPolicy;
import org.interlocutor.country.CountryService;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.StakeholderMapService;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.importexport.ImportService;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.outreach.OutreachService;
import org.interlocutor.security.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's services the matrix builds its records with and reads them through, handed around as one
 * value. A test class fills it from its own context (a component of its own would give the class a Spring context
 * of its own, started once more for nothing).
 */
record AccessServices(TestUsers users, ContactService contacts, OrganizationService organizations,
                      CampaignService campaigns, EngagementService engagements, FollowUpService followUps,
                      CountryService countries, DashboardService dashboard, StakeholderMapService maps,
                      OutreachService outreach, ExportService exports, ImportService imports,
                      RetentionPolicy retention, AuditService audit, JdbcClient jdbc) {

    /** The services of the test class's own application context. */
    static AccessServices of(org.springframework.context.ApplicationContext context) {
        return new AccessServices(context.getBean(TestUsers.class), context.getBean(ContactService.class),
                context.getBean(OrganizationService.class), context.getBean(CampaignService.class),
                context.getBean(EngagementService.class), context.getBean(FollowUpService.class),
                context.getBean(CountryService.class), context.getBean(DashboardService.class),
                context.getBean(StakeholderMapService.class), context.getBean(OutreachService.class),
                context.getBean(ExportService.class), context.getBean(ImportService.class),
                context.getBean(RetentionPolicy.class), context.getBean(AuditService.class),
                context.getBean(JdbcClient.class));
    }
}
