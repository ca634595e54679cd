/** The library: pillars, their techniques with full detail, and routines, as the plugins provide them. */
package dev.unknot.web.library;
