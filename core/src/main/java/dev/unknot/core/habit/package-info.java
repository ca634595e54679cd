/** A person's habits: what to do, on which schedule, and how it is measured. */
package dev.unknot.core.habit;
