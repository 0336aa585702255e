package org.interlocutor.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("""
            select c from Campaign c
            where (:text = '' or c.sortName like :text escape '!')
              and c.status in :statuses
              and (:includeArchived = true or c.archived = false)
            """)
    Page<Campaign> search(@Param("text") String text, @Param("statuses") Collection<CampaignStatus> statuses,
                          @Param("includeArchived") boolean includeArchived, Pageable pageable);

    @Query("""
            select count(c) from Campaign c
            where (:text = '' or c.sortName like :text escape '!')
              and c.status in :statuses
              and (:includeArchived = true or c.archived = false)
            """)
    long count(@Param("text") String text, @Param("statuses") Collection<CampaignStatus> statuses,
               @Param("includeArchived") boolean includeArchived);

    /** For pickers: live campaigns whose name contains the text, the ones still running or to come first. */
    @Query("""
            select c from Campaign c
            where c.archived = false and (:text = '' or c.sortName like :text escape '!')
            order by case when c.status in :current then 0 else 1 end, c.sortName, c.id
            """)
    Slice<Campaign> suggest(@Param("text") String text, @Param("current") Collection<CampaignStatus> current,
                            Pageable pageable);

    List<Campaign> findBySortNameIn(Collection<String> sortNames);

    @Query("select c.id from Campaign c order by c.id")
    List<Long> allIds();
}
