/** One person's data in and out: versioned JSON for everything, CSV for check-ins. */
package dev.unknot.store.transfer;
