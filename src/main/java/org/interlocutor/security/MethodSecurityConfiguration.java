package org.interlocutor.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services guard their own methods with {@code @PreAuthorize}: a forgotten button in a view is never a way around a
 * rule. JSR-250 support stays off: views carry {@code @RolesAllowed} for Vaadin's navigation check, and Spring
 * would otherwise wrap each view in a security proxy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
