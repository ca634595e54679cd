/** Advice from the loaded plugins' rules over a person's own history. */
package dev.unknot.store.advice;
