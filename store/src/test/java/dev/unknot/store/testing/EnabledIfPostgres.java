package dev.unknot.store.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class on PostgreSQL when one is at hand ({@code UNKNOT_TEST_JDBC_URL}, or Docker for
 * Testcontainers) and skips it with the reason otherwise, unless {@code UNKNOT_REQUIRE_POSTGRES=true}:
 * then it always runs, and fails when there is no PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresCondition.class)
public @interface EnabledIfPostgres {}
