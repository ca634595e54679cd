/**
 * Reminder times, reminder settings, the deliveries that claim each reminder once, and Web Push:
 * the server's VAPID key pair and each browser's subscription.
 */
package dev.unknot.store.reminder;
