package org.interlocutor.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TagRepository extends JpaRepository<Tag, Long> {

    List<Tag> findByNameKeyIn(Collection<String> nameKeys);

    Optional<Tag> findByNameKey(String nameKey);

    @Query("select t from Tag t where (:text = '' or t.nameKey like :text escape '!') order by t.nameKey")
    List<Tag> search(@Param("text") String text, Pageable pageable);
}
