package org.interlocutor.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.dialect.MariaDBDialect;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MySQL Connector/J reports a MariaDB server as MySQL 5.5.5, so Hibernate would pick an old MySQL dialect for it.
 * Production runs on MySQL 8, but MariaDB is a common stand-in (and the one CI uses): recognise it by its
 * version string and choose the MariaDB dialect, unless a dialect was set explicitly.
 */
@Configuration(proxyBeanMethods = false)
class MariaDbDialectConfiguration {

    private static final String DIALECT = "hibernate.dialect";

    @Bean
    HibernatePropertiesCustomizer mariaDbDialectWhenServerIsMariaDb(DataSource dataSource) {
        return properties -> {
            if (!properties.containsKey(DIALECT) && isMariaDb(dataSource)) {
                properties.put(DIALECT, MariaDBDialect.class.getName());
            }
        };
    }

    private static boolean isMariaDb(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        } catch (SQLException e) {
            return false; // Hibernate reports an unreachable database itself, more usefully
        }
    }
}
