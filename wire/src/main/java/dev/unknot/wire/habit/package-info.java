/** Habits on the wire: the HABIT shape, the documents of the habit commands and the bodies that change habits. */
package dev.unknot.wire.habit;
