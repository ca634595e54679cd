/** Browsing what the loaded plugins teach: pillars, techniques and routines. */
package dev.unknot.cli.library;
