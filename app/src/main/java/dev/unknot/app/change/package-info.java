/** How a change to a person's data is made known: their revision raised, stale standings forgotten. */
package dev.unknot.app.change;
