package org.interlocutor.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the keys come from: {@code INTERLOCUTOR_ENCRYPTION_KEY} (base64 of 32 bytes) with its optional id and the
 * older keys of {@code INTERLOCUTOR_ENCRYPTION_OLD_KEYS}; never the database. Without a key, the embedded
 * development database uses a key file under the data folder, made on first start, owner-only; the mysql profile
 * turns that off ({@code interlocutor.encryption.development-key-file} empty), so production refuses to start
 * rather than keep a key beside its data.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeyConfiguration.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * The keys are read before the database is opened, so that a start without a usable key stops at once, saying
     * why, rather than after (or instead of) migrating the database.
     */
    @Bean
    static BeanFactoryPostProcessor encryptionKeysBeforeTheDatabase() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, false, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                List<String> dependsOn = new ArrayList<>(definition.getDependsOn() == null ? List.of()
                        : List.of(definition.getDependsOn()));
                dependsOn.add("encryptionKeys");
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        };
    }

    @Bean
    KeyRing encryptionKeys(@Value("${interlocutor.encryption.key:}") String key,
                           @Value("${interlocutor.encryption.key-id:}") String keyId,
                           @Value("${interlocutor.encryption.old-keys:}") String oldKeys,
                           @Value("${interlocutor.encryption.development-key-file:}") String developmentKeyFile) {
        return load(key, keyId, oldKeys, developmentKeyFile);
    }

    static KeyRing load(String key, String keyId, String oldKeys, String developmentKeyFile) {
        DataKey current;
        if (!key.isBlank()) {
            current = KeyRing.parseKey(keyId, key, "INTERLOCUTOR_ENCRYPTION_KEY");
        } else if (!developmentKeyFile.isBlank()) {
            current = developmentKey(Path.of(developmentKeyFile));
        } else {
            throw new EncryptionKeyException("INTERLOCUTOR_ENCRYPTION_KEY is not set. Confidential contacts and"
                    + " engagements are encrypted with it, and under the mysql profile the application will not keep"
                    + " a key beside its data. Set it to base64 of 32 random bytes (openssl rand -base64 32), keep a"
                    + " copy apart from the database backups, and start again.");
        }
        return new KeyRing(current, KeyRing.parseOlder(oldKeys));
    }

    /** The key of the development key file ("id:base64", one line), made with owner-only permissions if missing. */
    static DataKey developmentKey(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            } else {
                restrict(file);
            }
            String line = Files.readString(file, StandardCharsets.US_ASCII).strip();
            int colon = line.indexOf(':');
            String source = "The key file " + file.toAbsolutePath();
            DataKey key = colon < 0 ? KeyRing.parseKey(null, line, source)
                    : KeyRing.parseKey(line.substring(0, colon), line.substring(colon + 1), source);
            log.warn("INTERLOCUTOR_ENCRYPTION_KEY is not set: confidential details are encrypted with the development"
                    + " key in {}. Keep a copy of it (without it they cannot be read), and set"
                    + " INTERLOCUTOR_ENCRYPTION_KEY in production.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new EncryptionKeyException("INTERLOCUTOR_ENCRYPTION_KEY is not set and the development key file "
                    + file.toAbsolutePath() + " cannot be read or written: " + e.getMessage());
        }
    }

    private static void create(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        byte[] material = new byte[DataKey.KEY_BYTES];
        new SecureRandom().nextBytes(material);
        String line = DataKey.of(null, material).id() + ":" + Base64.getEncoder().encodeToString(material) + "\n";
        try {
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another process made it first: use theirs
        }
        Files.writeString(file, line, StandardCharsets.US_ASCII);
        log.warn("Made a development encryption key in {} (owner-only).", file.toAbsolutePath());
    }

    /** A key file others can read is put back to owner-only, and said so. */
    private static void restrict(Path file) throws IOException {
        if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            log.warn("The development key file {} could be read by others: made owner-only.", file.toAbsolutePath());
        }
    }

    private static boolean supportsPosix(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return Files.getFileStore(folder).supportsFileAttributeView("posix");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
