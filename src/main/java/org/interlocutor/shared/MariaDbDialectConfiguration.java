package org.interlocutor.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MySQL Connector/J reports a MariaDB server as "MySQL 5.5.5", so Hibernate would choose an old MySQL dialect for
 * it. Production runs on MySQL 8, but MariaDB is a common stand-in (and the one CI uses): recognise it by its
 * version string ("5.5.5-10.11.19-MariaDB") and tell Hibernate the real product and version, unless a dialect was
 * set explicitly.
 */
@Configuration(proxyBeanMethods = false)
class MariaDbDialectConfiguration {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB.*");

    @Bean
    HibernatePropertiesCustomizer mariaDbVersionWhenServerIsMariaDb(DataSource dataSource) {
        return properties -> {
            if (properties.containsKey("hibernate.dialect")) {
                return;
            }
            serverVersion(dataSource).map(MARIADB_VERSION::matcher).filter(Matcher::matches).ifPresent(version -> {
                properties.put("jakarta.persistence.database-product-name", "MariaDB");
                properties.put("jakarta.persistence.database-major-version", version.group(1));
                properties.put("jakarta.persistence.database-minor-version", version.group(2));
            });
        };
    }

    private static Optional<String> serverVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.of(connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            return Optional.empty(); // Hibernate reports an unreachable database itself, more usefully
        }
    }
}
