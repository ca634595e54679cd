/** Reminder times, reminder settings and the deliveries that claim each reminder once. */
package dev.unknot.store.reminder;
