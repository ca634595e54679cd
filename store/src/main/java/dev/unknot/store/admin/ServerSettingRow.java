package dev.unknot.store.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code server_setting}: one setting of the whole server. */
@MappedEntity("server_setting")
public record ServerSettingRow(
        @MappedProperty("name") @Id String name,
        @MappedProperty("setting_value") String value) {}
