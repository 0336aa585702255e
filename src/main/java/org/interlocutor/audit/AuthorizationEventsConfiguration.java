package org.interlocutor.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * Spring Security publishes a refusal of access as an event only when an {@link AuthorizationEventPublisher} bean
 * exists; method security and the web layer pick this one up. It publishes refusals only, never grants.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationEventsConfiguration {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
