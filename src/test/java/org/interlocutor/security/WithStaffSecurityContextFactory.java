package org.interlocutor.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithStaffSecurityContextFactory implements WithSecurityContextFactory<WithStaff> {

    private final TestUsers testUsers;

    WithStaffSecurityContextFactory(TestUsers testUsers) {
        this.testUsers = testUsers;
    }

    @Override
    public SecurityContext createSecurityContext(WithStaff staff) {
        StaffPrincipal principal = new StaffPrincipal(testUsers.ensure(staff.username(), staff.role()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        return context;
    }
}
