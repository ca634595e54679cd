/** Each person's last answers to the plan's questions. */
package dev.unknot.store.plan;
