/** Which plugins loaded, on the wire. */
package dev.unknot.wire.plugins;
