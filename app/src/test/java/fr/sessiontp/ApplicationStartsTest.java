package fr.sessiontp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheSchemaOnPostgresql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        Long applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(6);
    }
}
