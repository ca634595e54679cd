package dev.unknot.store.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ServerSettingRepository extends GenericRepository<ServerSettingRow, String> {

    Optional<ServerSettingRow> findById(String name);

    @Query("UPDATE server_setting SET setting_value = :value WHERE name = :name")
    int change(String name, String value);

    /** Inserts the setting unless another process just did; returns the number of rows inserted. */
    @Query("INSERT INTO server_setting (name, setting_value) VALUES (:name, :value) ON CONFLICT DO NOTHING")
    int insertUnlessPresent(String name, String value);
}
