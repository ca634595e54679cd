/** Check-ins: recording them once, correcting them, reading them by the person's days. */
package dev.unknot.store.checkin;
