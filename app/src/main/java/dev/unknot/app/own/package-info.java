/**
 * A person's own techniques and routines: made, changed and removed by their owner alone, used like
 * any plugin's, exported as a data plugin file and imported from one (docs/own-exercises.md).
 */
package dev.unknot.app.own;
