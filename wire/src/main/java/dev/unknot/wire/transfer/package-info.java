/** Export and import on the wire. */
package dev.unknot.wire.transfer;
