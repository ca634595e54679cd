/** A person's own techniques and routines, each stored as a one-item data plugin document. */
package dev.unknot.store.own;
