package org.interlocutor.shared;

/**
 * A value shown to people under a translated label. Implemented by enums; a test checks that every constant of
 * every implementing enum has its key in each bundle.
 */
public interface Translatable {

    String messageKey();
}
