/** The routine player: a guided session with a countdown per phase and a check-in at the end. */
package dev.unknot.web.routine;
