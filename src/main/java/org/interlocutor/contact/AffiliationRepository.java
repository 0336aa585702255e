package org.interlocutor.contact;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Affiliations, read for organisations' member lists, always through {@link ContactVisibility}. */
interface AffiliationRepository extends JpaRepository<Affiliation, Long>, JpaSpecificationExecutor<Affiliation> {

    @org.springframework.data.jpa.repository.Query(
            "select distinct a.organizationId from Affiliation a where a.organizationId in :ids")
    java.util.List<Long> organizationsAmong(
            @org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
