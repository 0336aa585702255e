package org.interlocutor.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused for want of a usable key ends with what to set, not with a stack trace. */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set INTERLOCUTOR_ENCRYPTION_KEY (and, while rotating,"
                + " INTERLOCUTOR_ENCRYPTION_OLD_KEYS) as the README's 'Encryption at rest' section says.", cause);
    }
}
