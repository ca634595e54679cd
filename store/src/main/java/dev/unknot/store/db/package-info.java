/** Where the store's database is and how it is opened and migrated; internal to the store. */
package dev.unknot.store.db;
