/** A person's progress, agenda, relief and tightness trend, computed by core from their stored data. */
package dev.unknot.store.progress;
