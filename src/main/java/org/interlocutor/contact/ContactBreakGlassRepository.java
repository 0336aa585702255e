package org.interlocutor.contact;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The record of break-glass accesses to contacts, newest first. */
interface ContactBreakGlassRepository extends JpaRepository<ContactBreakGlass, Long> {

    List<ContactBreakGlass> findByContactIdOrderByOpenedAtDescIdDesc(long contactId, Pageable pageable);
}
