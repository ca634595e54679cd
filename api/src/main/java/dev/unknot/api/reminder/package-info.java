/** Reminders over the API, and the job that sends them. */
package dev.unknot.api.reminder;
