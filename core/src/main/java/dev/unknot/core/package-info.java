/** Unknot's domain model, plugin SPI and pure logic; depends on the JDK alone. */
package dev.unknot.core;
