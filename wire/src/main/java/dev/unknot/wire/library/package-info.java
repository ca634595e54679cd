/** What the loaded plugins teach, on the wire: pillars, techniques and routines. */
package dev.unknot.wire.library;
