/** Habits: creating them (from a template, a technique, a routine or own words), skipping, pausing, archiving. */
package dev.unknot.web.habits;
