/** {@code unknot reminders} and {@code unknot remind --watch}. */
package dev.unknot.cli.reminder;
