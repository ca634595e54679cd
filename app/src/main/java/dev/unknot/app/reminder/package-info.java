/**
 * Reminders: each habit's reminder times, a person's reminder settings, what will remind next,
 * and the delivery that sends each due reminder once, by email or to an ntfy topic.
 */
package dev.unknot.app.reminder;
