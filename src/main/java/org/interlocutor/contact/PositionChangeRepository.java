package org.interlocutor.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The position changes of contacts. Callers have checked that the reader may see the contacts. */
interface PositionChangeRepository extends JpaRepository<PositionChange, Long> {

    /** A contact's changes in the page's order (newest first, as the service asks). */
    Page<PositionChange> findByContactId(long contactId, Pageable pageable);

    /**
     * The changes of these contacts made at or after the instant, each contact's earliest first: the first of them
     * holds the position the contact had just before.
     */
    @Query("""
            select p from PositionChange p where p.contactId in :ids and p.changedAt >= :from
            order by p.contactId, p.changedAt, p.id
            """)
    List<PositionChange> changedSince(@Param("ids") Collection<Long> contactIds, @Param("from") Instant from);
}
