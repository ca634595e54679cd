/** Today's agenda on the wire. */
package dev.unknot.wire.today;
