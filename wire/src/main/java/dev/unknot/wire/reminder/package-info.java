/** The documents of reminders: a habit's reminder times, the person's reminder settings, what reminds next. */
package dev.unknot.wire.reminder;
