package org.interlocutor.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Services guard their own methods: a forgotten button in a view is never a way around a rule. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {
}
