package org.interlocutor.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    List<SavedView> findByUserIdAndListNameOrderByName(long userId, String listName);

    Optional<SavedView> findByUserIdAndListNameAndName(long userId, String listName, String name);

    Optional<SavedView> findByIdAndUserId(long id, long userId);
}
