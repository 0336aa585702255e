package org.interlocutor.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.ContactSeed;
import org.interlocutor.security.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills the database up to a number of contacts, in batches of a thousand, each in its own transaction. */
@Component
class DemoDataLoader {

    private static final int BATCH = 1000;

    private final DemoStaff staff;
    private final DemoOrganizations organizations;
    private final ContactBulkWriter writer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataLoader(DemoStaff staff, DemoOrganizations organizations, ContactBulkWriter writer,
                   TransactionTemplate transaction, Clock clock) {
        this.staff = staff;
        this.organizations = organizations;
        this.writer = writer;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a load did. */
    record Result(String staffPassword, long existing, long created, double seconds) {
    }

    Result loadUpTo(long wantedContacts, LongConsumer progress) {
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
