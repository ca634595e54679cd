/** When a person is reminded of a habit: reminder times, quiet hours and the schedule of reminders. */
package dev.unknot.core.reminder;
