package org.interlocutor.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithStaffSecurityContextFactory implements WithSecurityContextFactory<WithStaff> {

    private final TestUsers testUsers;

    WithStaffSecurityContextFactory(TestUsers testUsers) {
        this.testUsers = testUsers;
    }

    @Override
    public SecurityContext createSecurityContext(WithStaff staff) {
        return TestUsers.signedIn(testUsers.ensure(staff.username(), staff.role()));
    }
}
