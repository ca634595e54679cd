package dev.unknot.store.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** How one person is reminded; quiet hours in minutes after local midnight; {@code inApp}: in the open app too. */
@MappedEntity("reminder_settings")
public record ReminderSettingsRow(
        @MappedProperty("person_id") @Id long personId,
        @MappedProperty("channels") String channels,
        @MappedProperty("email_address") @Nullable String emailAddress,
        @MappedProperty("ntfy_topic_url") @Nullable String ntfyTopicUrl,
        @MappedProperty("quiet_from") @Nullable Integer quietFrom,
        @MappedProperty("quiet_until") @Nullable Integer quietUntil,
        @MappedProperty("calendar_secret") @Nullable String calendarSecret,
        @MappedProperty("in_app") boolean inApp) {}
