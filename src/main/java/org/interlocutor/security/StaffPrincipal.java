package org.interlocutor.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member as Spring Security holds them in the session. */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private @Nullable String passwordHash;

    StaffPrincipal(UserAccount account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.fullName();
        this.role = account.role();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, username, displayName, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = role.includedRoles().stream()
                .map(included -> new SimpleGrantedAuthority(included.authority()))
                .toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
