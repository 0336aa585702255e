package org.interlocutor.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.interlocutor.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from the same Spring message bundle ({@code i18n/messages}) that services and
 * exports use, so there is one place for every text a person reads.
 */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(MessageSourceI18NProvider.class);

    private final transient MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException missing) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!{" + key + "}!";
        }
    }
}
