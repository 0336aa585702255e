package org.interlocutor.contact;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Affiliations, read for organisations' member lists, always through {@link ContactVisibility}. */
interface AffiliationRepository extends JpaRepository<Affiliation, Long>, JpaSpecificationExecutor<Affiliation> {
}
