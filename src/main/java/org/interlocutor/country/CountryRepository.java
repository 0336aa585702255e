package org.interlocutor.country;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CountryRepository extends JpaRepository<Country, String> {

    @Query("""
            select c from Country c
            where (:text = '' or c.searchText like :text escape '!')
              and (:regionalGroup is null or c.regionalGroup = :regionalGroup)
              and (:status is null or c.romeStatus = :status)
            """)
    Page<Country> search(@Param("text") String text, @Param("regionalGroup") @Nullable RegionalGroup regionalGroup,
                         @Param("status") @Nullable RomeStatuteStatus status, Pageable pageable);

    @Query("select c.code from Country c where c.regionalGroup = :regionalGroup")
    List<String> codesIn(@Param("regionalGroup") RegionalGroup regionalGroup);
}
