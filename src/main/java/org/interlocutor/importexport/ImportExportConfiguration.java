package org.interlocutor.importexport;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportLimits.class)
class ImportExportConfiguration {

    @Bean
    SpreadsheetFiles spreadsheetFiles(ImportLimits limits) {
        return new SpreadsheetFiles(limits);
    }
}
