/** Check-ins on the wire: CHECKIN, STREAK and ADVISORY, the documents of {@code unknot checkin} and CHECKIN-BODY. */
package dev.unknot.wire.checkin;
