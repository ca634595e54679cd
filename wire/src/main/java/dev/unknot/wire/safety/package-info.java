/** The safety screen's documents. */
package dev.unknot.wire.safety;
