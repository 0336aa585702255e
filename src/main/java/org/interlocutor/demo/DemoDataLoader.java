package org.interlocutor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.engagement.EngagementBulkWriter;
import org.interlocutor.engagement.EngagementSeed;
import org.interlocutor.organization.OrganizationKind;
import java.util.function.LongConsumer;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.ContactSeed;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.audit.AuditBatch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database up to a number of contacts, in batches of a thousand, each in its own transaction. Demo data
 * leaves nothing in the audit trail: it is not anybody's work.
 */
@Component
class DemoDataLoader {

    private static final int BATCH = 1000;

    private final DemoStaff staff;
    private final DemoOrganizations organizations;
    private final ContactBulkWriter writer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final DemoCampaigns campaigns;
    private final EngagementBulkWriter engagementWriter;
    private final DemoOutreachPlans outreachPlans;

    DemoDataLoader(DemoStaff staff, DemoOrganizations organizations, ContactBulkWriter writer,
                   TransactionTemplate transaction, Clock clock, DemoCampaigns campaigns,
                   EngagementBulkWriter engagementWriter, DemoOutreachPlans outreachPlans) {
        this.campaigns = campaigns;
        this.outreachPlans = outreachPlans;
        this.engagementWriter = engagementWriter;
        this.staff = staff;
        this.organizations = organizations;
        this.writer = writer;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a load did. */
    record Result(String staffPassword, long existing, long created, double seconds) {
    }

    /** What loading engagements did. */
    record EngagementResult(long existing, long created, double seconds) {
    }

    /**
     * Adds engagements (and their follow-ups) up to the number asked, over the contacts there are, then sets every
     * contact's last-engagement date from them.
     */
    EngagementResult loadEngagementsUpTo(long wanted, LongConsumer progress) {
        return AuditBatch.run(() -> engagementsUpTo(wanted, progress));
    }

    private EngagementResult engagementsUpTo(long wanted, LongConsumer progress) {
        long existing = engagementWriter.totalEngagements();
        long missing = Math.max(0, wanted - existing);
        if (missing == 0) {
            return new EngagementResult(existing, 0, 0);
        }
        List<ParticipantFacts> people = writer.allParticipantFacts();
        if (people.isEmpty()) {
            return new EngagementResult(existing, 0, 0);
        }
        List<Long> campaignIds = transaction.execute(status -> campaigns.ensureCampaigns());
        DemoOrganizations.Catalogue catalogue = transaction.execute(status -> organizations.ensure());
        List<Long> officers = staff.owners().stream().map(StaffMember::id).toList();
        DemoEngagements engagements = new DemoEngagements(7 + existing, people, officers, campaignIds,
                catalogue.of(OrganizationKind.ICC), clock.instant(), existing, wanted);
        long started = System.nanoTime();
        long created = 0;
        while (created < missing) {
            int size = (int) Math.min(BATCH, missing - created);
            List<EngagementSeed> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(engagements.next());
            }
            transaction.executeWithoutResult(status -> engagementWriter.insert(batch, "demo-data"));
            created += size;
            progress.accept(created);
        }
        Map<Long, LocalDate> dates = engagementWriter.lastEngagementDates();
        Map<Long, LocalDate> everyone = new HashMap<>();
        people.forEach(person -> everyone.put(person.contactId(), dates.get(person.contactId())));
        transaction.executeWithoutResult(status -> writer.setLastEngaged(everyone));
        return new EngagementResult(existing, created, (System.nanoTime() - started) / 1e9);
    }

    /** The demo outreach plans, once the people, organisations and campaigns are there; how many were created. */
    int ensureOutreachPlans() {
        Integer created = AuditBatch.run(() -> transaction.execute(status -> outreachPlans.ensurePlans()));
        return created == null ? 0 : created;
    }

    Result loadUpTo(long wantedContacts, LongConsumer progress) {
        return AuditBatch.run(() -> contactsUpTo(wantedContacts, progress));
    }

    private Result contactsUpTo(long wantedContacts, LongConsumer progress) {
        String password = transaction.execute(status -> staff.ensure());
        DemoOrganizations.Catalogue catalogue = transaction.execute(status -> organizations.ensure());
        List<StaffMember> owners = staff.owners();
        long existing = writer.totalContacts();
        long missing = Math.max(0, wantedContacts - existing);
        // The seed depends on how many exist, so that topping up adds new people rather than the same again.
        DemoContacts people = new DemoContacts(42 + existing, catalogue, owners, LocalDate.now(clock));
        long started = System.nanoTime();
        long created = 0;
        while (created < missing) {
            int size = (int) Math.min(BATCH, missing - created);
            List<ContactSeed> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(people.next());
            }
            transaction.executeWithoutResult(status -> writer.insert(batch, "demo-data"));
            created += size;
            progress.accept(created);
        }
        return new Result(password, existing, created, (System.nanoTime() - started) / 1e9);
    }
}
