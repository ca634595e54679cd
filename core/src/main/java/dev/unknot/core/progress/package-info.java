/** Pure functions from a habit's history to its days, streaks, strength, adherence and relief. */
package dev.unknot.core.progress;
