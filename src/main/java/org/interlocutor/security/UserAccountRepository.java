package org.interlocutor.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The accounts with one of these user names or (in lower case) email addresses. */
    @Query("select u from UserAccount u where u.username in :names or lower(u.email) in :names")
    List<UserAccount> findByUsernameOrEmailIn(@Param("names") java.util.Collection<String> names);

    List<UserAccount> findByRoleAndEnabledTrueOrderById(Role role);

    /**
     * The enabled administrators, locked until the transaction ends, so that two administrators demoting each
     * other at the same moment cannot leave the system without one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.role = org.interlocutor.security.Role.ADMIN and u.enabled = true")
    List<UserAccount> lockEnabledAdmins();

    @Query("""
            select u from UserAccount u
            where (:text = '' or lower(u.username) like :text escape '!' or lower(u.fullName) like :text escape '!'
                   or lower(u.email) like :text escape '!')
              and (:includeDisabled = true or u.enabled = true)
            """)
    Page<UserAccount> search(@Param("text") String text, @Param("includeDisabled") boolean includeDisabled,
                              Pageable pageable);
}
