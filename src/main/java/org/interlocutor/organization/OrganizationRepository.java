package org.interlocutor.organization;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("""
            select o from Organization o
            where (:text = '' or o.searchText like :text escape '!')
              and (:kind is null or o.kind = :kind)
              and (:countryCode is null or o.countryCode = :countryCode)
              and (:includeArchived = true or o.archived = false)
              and (:parentId is null or o.parentId = :parentId)
            """)
    Page<Organization> search(@Param("text") String text, @Param("kind") @Nullable OrganizationKind kind,
                              @Param("countryCode") @Nullable String countryCode,
                              @Param("includeArchived") boolean includeArchived,
                              @Param("parentId") @Nullable Long parentId, Pageable pageable);

    /** For pickers: active organisations whose name or acronym contains the text, best matches first. */
    @Query("""
            select o from Organization o
            where o.archived = false and (:text = '' or o.searchText like :text escape '!')
            order by o.sortName
            """)
    Slice<Organization> suggest(@Param("text") String text, Pageable pageable);

    @Query("select o.parentId, count(o) from Organization o where o.parentId in :ids and o.archived = false "
            + "group by o.parentId")
    List<Object[]> countSubUnits(@Param("ids") Collection<Long> ids);

    @Query("select o.id from Organization o where o.parentId = :parentId")
    List<Long> childIds(@Param("parentId") long parentId);

    boolean existsByParentIdAndArchivedFalse(long parentId);

    /** Id, folded name and acronym of the organisations with one of these folded names or acronyms. */
    @Query("select o.id, o.sortName, o.acronym, o.archived from Organization o "
            + "where o.sortName in :keys or lower(o.acronym) in :acronyms")
    List<Object[]> findByNameKeys(@Param("keys") Collection<String> keys,
                                  @Param("acronyms") Collection<String> acronyms);

    @Query("select o.parentId from Organization o where o.parentId in :ids")
    List<Long> parentsAmong(@Param("ids") Collection<Long> ids);
}
