/**
 * The plugin SPI: the public, versioned contract through which plugins add pillars, techniques,
 * routines and habit templates to Unknot.
 */
package dev.unknot.core.spi;
