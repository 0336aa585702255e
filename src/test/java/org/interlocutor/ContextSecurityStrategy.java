package org.interlocutor;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the test's own application context's security-context holder back in Spring Security's global slot before
 * each test. Every context that starts (a browser test's server, say) installs its own holder there; a test
 * running later in an older, cached context would otherwise sign its person in where its screens do not look.
 * Runs before {@code @WithStaff} signs the person in.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10000)
        return 5000;
    }
}
