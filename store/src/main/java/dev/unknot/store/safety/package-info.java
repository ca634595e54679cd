/** Each person's latest safety screen. */
package dev.unknot.store.safety;
