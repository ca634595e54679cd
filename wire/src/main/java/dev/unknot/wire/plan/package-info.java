/** Starter plans on the wire: ASSESSMENT and the {@code plan} document. */
package dev.unknot.wire.plan;
