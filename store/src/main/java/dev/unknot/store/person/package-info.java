/** People, their accounts and their calendars. */
package dev.unknot.store.person;
