/** A person's habits, with their skipped days and pauses. */
package dev.unknot.store.habit;
