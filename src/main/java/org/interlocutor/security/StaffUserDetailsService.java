package org.interlocutor.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in reads staff accounts from the database. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    StaffUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username))
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
