package org.interlocutor.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlocutor.shared.SearchPatterns;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Colleagues, as every signed-in person may look them up: to pick an owner, to grant access, to show a name. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StaffDirectory {

    private final UserAccountRepository accounts;

    StaffDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled colleagues whose name or user name contains the text, for pickers. */
    public List<StaffMember> search(String text, Pageable pageable) {
        return accounts.search(SearchPatterns.contains(text), false, pageable).map(StaffMember::of).getContent();
    }

    public Optional<StaffMember> findByUsername(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username)).map(StaffMember::of);
    }

    /**
     * The name to show for the user name a record was stamped with: the colleague's full name, or the stamp itself
     * when no account carries it (seed data is stamped "reference-data").
     */
    public String displayName(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username)).map(UserAccount::fullName)
                .orElse(username);
    }

    public Optional<StaffMember> find(long id) {
        return accounts.findById(id).map(StaffMember::of);
    }

    /**
     * The colleagues named by these user names or email addresses (without case), each as it was given, disabled
     * accounts included (they were there then): for imports that name the staff present at a past meeting.
     */
    public Map<String, StaffMember> byUsernamesOrEmails(Collection<String> names) {
        Map<String, StaffMember> found = new java.util.HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        Map<String, String> wanted = new java.util.HashMap<>();
        names.forEach(name -> wanted.put(name, UserAccount.normalizeUsername(name)));
        List<UserAccount> accountsFound = accounts.findByUsernameOrEmailIn(java.util.Set.copyOf(wanted.values()));
        wanted.forEach((name, key) -> accountsFound.stream()
                .filter(account -> account.username().equals(key))
                .findFirst()
                .or(() -> accountsFound.stream().filter(account -> account.email() != null
                        && UserAccount.normalizeUsername(account.email()).equals(key))
                        .min(java.util.Comparator.comparingLong(UserAccount::id)))
                .ifPresent(account -> found.put(name, StaffMember.of(account))));
        return found;
    }

    public Map<Long, StaffMember> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(ids).stream().map(StaffMember::of)
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }
}
