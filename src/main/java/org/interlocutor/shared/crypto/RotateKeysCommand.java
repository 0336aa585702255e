package org.interlocutor.shared.crypto;

import java.util.List;
import org.interlocutor.shared.Command;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rotate-keys}: after a new INTERLOCUTOR_ENCRYPTION_KEY is set and the previous one moved to
 * INTERLOCUTOR_ENCRYPTION_OLD_KEYS, re-encrypts every encrypted value under the new key, feature by feature, each in
 * one transaction. Then the old key is only needed for the backups taken before.
 */
@Component
class RotateKeysCommand implements Command {

    private final List<SealedColumns> columns;
    private final FieldEncryption encryption;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RotateKeysCommand(List<SealedColumns> columns, FieldEncryption encryption, JdbcTemplate jdbc,
                      PlatformTransactionManager transactionManager) {
        this.columns = columns;
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "rotate-keys";
    }

    @Override
    public String usage() {
        return "re-encrypts every encrypted value under INTERLOCUTOR_ENCRYPTION_KEY, reading those of older keys with"
                + " INTERLOCUTOR_ENCRYPTION_OLD_KEYS (see the README)";
    }

    @Override
    public int run(CommandArguments arguments) {
        String key = encryption.currentKeyId();
        System.out.println("Re-encrypting under key '" + key + "'");
        for (SealedColumns feature : columns) {
            try {
                Long rewritten = transactions.execute(status -> feature.reseal(jdbc));
                System.out.println("  " + feature.name() + ": " + rewritten + " re-encrypted");
            } catch (SealedValueException unreadable) {
                System.err.println("rotate-keys: " + feature.name() + " left as they were: "
                        + unreadable.getMessage());
                return 1;
            }
        }
        System.out.println("Every encrypted value is now under key '" + key + "'. Keep the old keys as long as the"
                + " backups made before this rotation; the application itself no longer needs them.");
        return 0;
    }
}
