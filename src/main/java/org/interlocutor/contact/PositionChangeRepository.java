package org.interlocutor.contact;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The position changes of contacts. Callers have checked that the reader may see the contacts. */
interface PositionChangeRepository extends JpaRepository<PositionChange, Long> {

    /** A contact's changes in the page's order (newest first, as the service asks). */
    Page<PositionChange> findByContactId(long contactId, Pageable pageable);
}
