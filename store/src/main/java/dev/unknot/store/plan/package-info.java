/** Starter plans from an assessment of the causes of tightness. */
package dev.unknot.store.plan;
