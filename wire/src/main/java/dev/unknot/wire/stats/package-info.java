/** Progress on the wire: the {@code stats} document. */
package dev.unknot.wire.stats;
