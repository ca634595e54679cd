/** Days in a person's own time zone, with a day start of their choosing. */
package dev.unknot.core.calendar;
