/**
 * What one person can look up, use in a habit and play: the plugins' library with that person's
 * own techniques and routines on top, which no one else sees.
 */
package dev.unknot.app.catalogue;
