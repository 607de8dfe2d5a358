package fr.sessiontp.retention.application;

import fr.sessiontp.retention.domain.RetentionPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    @Bean
    RetentionPolicy retentionPolicy(RetentionProperties properties) {
        return new RetentionPolicy(properties.years());
    }
}
