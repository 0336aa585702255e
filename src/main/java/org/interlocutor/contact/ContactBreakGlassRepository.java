package org.interlocutor.contact;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The record of break-glass accesses to contacts, newest first. */
interface ContactBreakGlassRepository extends JpaRepository<ContactBreakGlass, Long> {

    List<ContactBreakGlass> findByContactIdOrderByOpenedAtDescIdDesc(long contactId, Pageable pageable);

    /** Those opened since then on the contacts of this owner, newest first. */
    @Query("""
            select b from ContactBreakGlass b where b.openedAt >= :since
            and b.contactId in (select c.id from Contact c where c.ownerId = :ownerId)
            order by b.openedAt desc, b.id desc
            """)
    List<ContactBreakGlass> onContactsOf(@Param("ownerId") long ownerId, @Param("since") Instant since,
                                         Pageable pageable);
}
