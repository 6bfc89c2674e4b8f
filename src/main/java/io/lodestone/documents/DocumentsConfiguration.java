package io.lodestone.documents;

import java.time.Clock;

import io.lodestone.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** The audit log lives with the document files: {@code <documents directory>/audit.jsonl}. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    AuditLog auditLog(DocumentsProperties properties, ObjectMapper json) {
        return new AuditLog(properties.directory().resolve("audit.jsonl"), json, Clock.systemUTC());
    }
}
