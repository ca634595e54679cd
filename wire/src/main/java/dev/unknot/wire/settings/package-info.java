/** The person's settings on the wire: time zone and day start. */
package dev.unknot.wire.settings;
