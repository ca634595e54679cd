/** Advice drawn from a person's own history, such as the red flags that call for a specialist. */
package dev.unknot.core.advice;
