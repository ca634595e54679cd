/** Where each habit stood after a settled past day: kept so that pages fold only the days since. */
package dev.unknot.store.standing;
